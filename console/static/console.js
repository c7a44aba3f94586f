// Staff console: the queue refreshes itself; a case can be claimed and marked handled. No inline script:
// the page's Content-Security-Policy allows scripts from this server only.
"use strict";
const main = document.querySelector("main");
const csrf = main ? main.dataset.csrf : "";

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

async function api(path, options = {}) {
  const response = await fetch(path, {credentials: "same-origin", ...options,
    headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf, ...(options.headers || {})}});
  if (response.status === 401) { window.location = "/login"; throw new Error("signed out"); }
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

const urgencyWords = (level) => level === "unknown" ? "not assessed yet" : (level || "").replace("_", " ");

async function refreshQueue() {
  const table = document.querySelector("#queue tbody");
  const status = document.getElementById("queue-status");
  try {
    const {cases} = await api("/api/queue");
    table.replaceChildren();
    for (const c of cases) {
      const row = table.insertRow();
      row.dataset.case = c.id;
      cell(row, urgencyWords(c.urgency), "urgency " + c.urgency);
      cell(row, c.reason.replace(/_/g, " "));
      cell(row, c.created_at.replace("T", " ").replace("Z", " UTC"));
      const flags = c.summary.red_flags.filter(f => f.answer === "yes" || f.answer === "not sure")
        .map(f => f.summary + (f.answer === "yes" ? "" : " (not sure)"))
        .concat(c.alerts.map(a => a.summary + " (said during the chat)"));
      cell(row, flags.join("; ") || "none", c.alerts.length ? "alert" : "");
      cell(row, c.channel || "unknown");
      cell(row, c.region || "not said");
      const chat = {waiting: "; the person is waiting on the chat", live: "; on the chat with them"}[c.handoff] || "";
      cell(row, (c.status === "claimed" ? "taken by " + c.claimed_by : "not taken yet") + chat);
      const link = document.createElement("a");
      link.href = "/cases/" + c.id;
      link.textContent = "Open";
      row.insertCell().appendChild(link);
    }
    status.textContent = cases.length ? `${cases.length} waiting or in hand. Updated ${new Date().toLocaleTimeString()}.`
                                      : `Nobody is waiting. Updated ${new Date().toLocaleTimeString()}.`;
  } catch (error) {
    status.textContent = "Could not update the queue: " + error.message;
  }
}

function renderTranscript(lines) {
  const box = document.getElementById("transcript");
  box.replaceChildren();
  for (const line of lines) {
    const p = document.createElement("p");
    p.className = "line " + line.who;
    const who = document.createElement("b");
    who.textContent = line.who + ": ";
    p.append(who, line.text);
    box.appendChild(p);
  }
  box.scrollTop = box.scrollHeight;  // the newest line in view
}

function renderAlerts(alerts) {
  const box = document.getElementById("alerts");
  box.replaceChildren();
  for (const a of alerts) {
    const p = document.createElement("p");
    p.className = "alert";
    p.textContent = `Red flag said during the chat (${a.certainty}): ${a.summary}. Their words: "${a.words}"`;
    box.appendChild(p);
  }
}

function setUpCase(section) {
  const id = section.dataset.case;
  const message = document.getElementById("claim-message");
  const post = (path, body) => api(`/api/cases/${id}/${path}`, {method: "POST", body: JSON.stringify(body || {})});
  const reloadAfter = (promise) => promise.then(() => window.location.reload())
                                          .catch(error => { message.textContent = error.message; });
  const claim = document.getElementById("claim-button");
  if (claim) claim.addEventListener("click", () => reloadAfter(post("claim")));
  const handBack = document.getElementById("hand-back-button");
  if (handBack) handBack.addEventListener("click", () => reloadAfter(post("hand_back")));
  const handleForm = document.getElementById("handle-form");
  if (handleForm) handleForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(handleForm);
    reloadAfter(post("handle", {outcome: data.get("outcome"), note: data.get("note")}));
  });
  const messageForm = document.getElementById("message-form");
  if (messageForm) messageForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const box = messageForm.elements.text;
    try { await post("messages", {text: box.value}); box.value = ""; message.textContent = ""; refresh(); }
    catch (error) { message.textContent = error.message; }
  });
  let known = null;  // status and chat state: when they change, the page's controls do too
  async function refresh() {
    try {
      const c = await api(`/api/cases/${id}`);
      renderTranscript(c.transcript);
      renderAlerts(c.alerts);
      const state = `${c.status}/${c.claimed_by}/${c.handoff}`;
      if (known !== null && state !== known && !messageForm?.elements.text.value) window.location.reload();
      known = state;
    } catch (error) { message.textContent = "Could not update the case: " + error.message; }
  }
  refresh();
  setInterval(refresh, 2000);
}

if (document.getElementById("queue")) { refreshQueue(); setInterval(refreshQueue, 3000); }
const caseSection = document.getElementById("claim");
if (caseSection) setUpCase(caseSection);

const startAssisted = document.getElementById("start-assisted");
if (startAssisted) startAssisted.addEventListener("click", async () => {
  try { const {case: id} = await api("/api/assisted", {method: "POST", body: "{}"}); window.location = `/assisted/${id}`; }
  catch (error) { document.getElementById("claim-message").textContent = error.message; }
});

function summaryTable(s) {
  const rows = [["Urgency", urgencyWords(s.urgency || "unknown")],
    ["Reasons", (s.reasons || []).map(r => r.text).join("; ") || "none yet"],
    ["Red flags said yes", (s.red_flags || []).filter(f => f.answer === "yes")
      .map(f => f.summary + (f.words ? ` ("${f.words}")` : "")).join("; ") || "none"],
    ["Not sure", (s.red_flags || []).filter(f => f.answer === "not sure").map(f => f.summary).join("; ") || "none"],
    ["Not asked yet", (s.red_flags || []).filter(f => f.answer === "not asked").length + " red-flag questions"],
    ["Duration", `${s.duration || "not known"}, ${s.duration_band || ""}`], ["Location", s.location],
    ["Legs", Object.entries(s.legs || {}).map(([k, v]) => `${k}: ${v}`).join("; ")], ["Age", s.age],
    ["Medicines tried", s.medicines_tried], ["Mood", s.mood], ["Region", s.region],
    ["Entered by", `staff (${s.entered_by})`]];
  const table = document.createElement("table");
  table.className = "summary";
  for (const [name, value] of rows) {
    const row = table.insertRow();
    const th = document.createElement("th");
    th.textContent = name;
    row.appendChild(th);
    row.insertCell().textContent = value === undefined || value === null ? "" : value;
  }
  return table;
}

function setUpAssisted(box) {
  const id = box.dataset.case;
  const log = document.getElementById("assisted-log");
  const form = document.getElementById("assisted-form");
  const message = document.getElementById("claim-message");
  const add = (who, text) => {
    const p = document.createElement("p");
    p.className = "line " + who;
    const b = document.createElement("b");
    b.textContent = who === "person" ? "caller: " : "assistant: ";
    p.append(b, text);
    log.appendChild(p);
    log.scrollTop = log.scrollHeight;
    return p;
  };
  async function send(text, shown) {
    for (const old of log.querySelectorAll(".choices button")) old.disabled = true;
    add("person", shown || text);
    try {
      const {replies, summary} = await api(`/api/assisted/${id}/say`, {method: "POST", body: JSON.stringify({text})});
      for (const reply of replies) {
        const urgency = reply.custom && reply.custom.triage && reply.custom.triage.urgency;
        const line = add("assistant", reply.text || "");
        if (urgency) line.classList.add("urgency", urgency);
        if (reply.buttons) {
          const choices = document.createElement("p");
          choices.className = "choices";
          for (const button of reply.buttons) {
            const b = document.createElement("button");
            b.type = "button";
            b.textContent = button.title;
            b.addEventListener("click", () => send(button.payload, button.title));
            choices.appendChild(b);
          }
          log.appendChild(choices);
          log.scrollTop = log.scrollHeight;
        }
      }
      document.getElementById("assisted-summary").replaceChildren(summaryTable(summary));
      message.textContent = "";
    } catch (error) { message.textContent = error.message; }
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = form.elements.text.value.trim();
    if (text) { form.elements.text.value = ""; send(text); }
  });
}
const assistedBox = document.getElementById("assisted");
if (assistedBox) setUpAssisted(assistedBox);
