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

async function refreshQueue() {
  const table = document.querySelector("#queue tbody");
  const status = document.getElementById("queue-status");
  try {
    const {cases} = await api("/api/queue");
    table.replaceChildren();
    for (const c of cases) {
      const row = table.insertRow();
      row.dataset.case = c.id;
      cell(row, c.urgency.replace("_", " "), "urgency " + c.urgency);
      cell(row, c.reason.replace(/_/g, " "));
      cell(row, c.updated_at.replace("T", " ").replace("Z", " UTC"));
      const flags = c.summary.red_flags.filter(f => f.answer === "yes" || f.answer === "not sure");
      cell(row, flags.map(f => f.summary + (f.answer === "yes" ? "" : " (not sure)")).join("; ") || "none");
      cell(row, c.channel || "unknown");
      cell(row, c.region || "not said");
      cell(row, c.status === "claimed" ? "taken by " + c.claimed_by : "waiting");
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

function setUpCase(section) {
  const id = section.dataset.case;
  const message = document.getElementById("claim-message");
  const claim = document.getElementById("claim-button");
  if (claim) claim.addEventListener("click", async () => {
    try { await api(`/api/cases/${id}/claim`, {method: "POST", body: "{}"}); window.location.reload(); }
    catch (error) { message.textContent = error.message; }
  });
  const form = document.getElementById("handle-form");
  if (form) form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await api(`/api/cases/${id}/handle`, {method: "POST",
        body: JSON.stringify({outcome: data.get("outcome"), note: data.get("note")})});
      window.location.reload();
    } catch (error) { message.textContent = error.message; }
  });
}

if (document.getElementById("queue")) { refreshQueue(); setInterval(refreshQueue, 3000); }
const caseSection = document.getElementById("claim");
if (caseSection) setUpCase(caseSection);
