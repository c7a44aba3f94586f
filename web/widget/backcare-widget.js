/*
 * Back pain self-care assistant: the embeddable chat widget (socket.io channel). See docs/widget.md.
 *
 *   <script>window.backcareWidgetConfig = { serverUrl: "https://assistant.example.org" };</script>
 *   <script src="https://assistant.example.org/widget/backcare-widget.js" async></script>
 *
 * Every piece of user or bot content is inserted as text (textContent), never parsed as HTML.
 */
(function () {
  "use strict";

  const script = document.currentScript;
  const base = new URL(".", script ? script.src : location.href);
  const config = Object.assign({
    serverUrl: `${location.protocol}//${location.hostname}:5005`,
    socketPath: "/socket.io",
    title: "Back pain assistant",
    launcherLabel: "Back pain help",
    region: "New Zealand",
    emergencyNumber: "111",
    storageKey: "backcare-widget",
    colors: {},
  }, window.backcareWidgetConfig || {});

  const GREETING = "/greet";  // the hidden first message: the assistant introduces itself
  const REPLY_WAIT_MS = 45000;  // after this, say the assistant is slow (and give the emergency number)
  const QUIET_MS = 900;  // a turn's replies arrive as separate events; typing shows until they pause
  const HISTORY_LIMIT = 200;  // messages kept in localStorage
  const LEVELS = {
    emergency: "Emergency",
    urgent: "Urgent: see a doctor today",
    soon: "Soon: see someone in the next week or two",
    self_care: "Self-care",
  };

  // ---- stored conversation: session id, rendered history, open or closed ----------------------------
  function loadState() {
    try {
      const stored = JSON.parse(localStorage.getItem(config.storageKey));
      if (stored && Array.isArray(stored.history)) return stored;
    } catch (_) { /* unreadable or blocked storage: start afresh */ }
    return { sessionId: null, history: [], open: false, emergencyNumber: null };
  }
  let state = loadState();
  function saveState() {
    state.history = state.history.slice(-HISTORY_LIMIT);
    try { localStorage.setItem(config.storageKey, JSON.stringify(state)); } catch (_) { /* storage full or blocked */ }
  }

  // ---- DOM helpers: text only ----------------------------------------------------------------------
  function el(tag, props, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (value !== null && value !== undefined) node.setAttribute(key, value);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }
  function svg(tag, attributes) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    return node;
  }
  const telHref = (number) => `tel:${number.replace(/[^\d+]/g, "")}`;
  const numberIn = (phrase) => ((phrase || "").match(/\+?\d[\d\s-]{1,}\d/) || [null])[0];
  const emergencyNumber = () => state.emergencyNumber || config.emergencyNumber;

  // ---- the widget's frame ----------------------------------------------------------------------------
  const ids = { panel: "bcw-panel", title: "bcw-title", input: "bcw-input", note: "bcw-note" };
  const launcher = el("button", {
    class: "bcw-launcher", type: "button", "aria-expanded": "false", "aria-controls": ids.panel,
  }, [el("span", { class: "bcw-launcher-icon", "aria-hidden": "true" }), el("span", { text: config.launcherLabel })]);
  const restartButton = el("button", { class: "bcw-restart", type: "button", text: "Start again" });
  const closeButton = el("button", { class: "bcw-close", type: "button", "aria-label": "Close chat" },
    [el("span", { "aria-hidden": "true", text: "×" })]);
  const noteWhere = document.createTextNode("");
  const noteLink = el("a", {});
  const note = el("p", { class: "bcw-note", id: ids.note }, [
    document.createTextNode("An automated assistant, not a clinician. "), noteWhere, noteLink,
    document.createTextNode("."),
  ]);
  const log = el("div", { class: "bcw-log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
  const typing = el("div", { class: "bcw-typing", role: "status", hidden: "" }, [
    el("span", { class: "bcw-dot", "aria-hidden": "true" }), el("span", { class: "bcw-dot", "aria-hidden": "true" }),
    el("span", { class: "bcw-dot", "aria-hidden": "true" }),
    el("span", { class: "bcw-visually-hidden", text: "The assistant is typing" }),
  ]);
  const input = el("input", { id: ids.input, class: "bcw-input", type: "text", autocomplete: "off",
    maxlength: "2000", placeholder: "Type your message", "aria-describedby": ids.note });
  const form = el("form", { class: "bcw-form" }, [
    el("label", { class: "bcw-visually-hidden", for: ids.input, text: "Your message" }), input,
    el("button", { class: "bcw-send", type: "submit", text: "Send" }),
  ]);
  const panel = el("section", { id: ids.panel, class: "bcw-panel", role: "dialog", "aria-modal": "false",
    "aria-labelledby": ids.title, hidden: "" }, [
    el("header", { class: "bcw-header" }, [
      el("h2", { id: ids.title, class: "bcw-title", text: config.title }), restartButton, closeButton,
    ]),
    note, log, typing, form,
  ]);
  const root = el("div", { class: "bcw-root" }, [launcher, panel]);
  for (const [name, value] of Object.entries(config.colors || {})) {
    if (["accent", "onAccent"].includes(name)) root.style.setProperty(`--bcw-${name}`, value);
  }

  function showEmergencyNumber() {
    // the configured region's name, until the assistant gives the number for another region
    const configured = !state.emergencyNumber || state.emergencyNumber === config.emergencyNumber;
    noteWhere.textContent = configured && config.region ? `In an emergency in ${config.region}, call `
      : "In an emergency, call ";
    noteLink.textContent = emergencyNumber();
    noteLink.href = telHref(emergencyNumber());
  }

  // ---- rendering messages ----------------------------------------------------------------------------
  let emergencyShown = null;  // this turn's emergency banner: later replies must not scroll it out of sight
  function scrollToEnd() {
    log.scrollTop = emergencyShown ? Math.min(log.scrollHeight, emergencyShown.offsetTop - 8) : log.scrollHeight;
  }

  function callLink(number, label, primary) {
    const unbroken = label.replace(number, number.replace(/ /g, "\u00a0"));  // a number never wraps mid-way
    return el("a", { class: primary ? "bcw-call bcw-call-primary" : "bcw-call", href: telHref(number), text: unbroken });
  }

  function outcomeCard(message, triage, live) {
    const level = LEVELS[triage.urgency] ? triage.urgency : "soon";
    const card = el("div", { class: `bcw-outcome bcw-${level}`, role: live && level === "emergency" ? "alert" : null },
      [el("p", { class: "bcw-level", text: LEVELS[level] }), el("p", { class: "bcw-text", text: message.text || "" })]);
    const helpline = numberIn(triage.helpline);
    const calls = el("p", { class: "bcw-calls" });
    if (level === "emergency") {
      const number = triage.emergency_number || emergencyNumber();
      calls.appendChild(callLink(number, `Call ${number} now`, true));
    }
    if (helpline && level !== "self_care") calls.appendChild(callLink(helpline, `Call ${triage.helpline}`, false));
    if (calls.childNodes.length) card.appendChild(calls);
    return card;
  }

  function knowledgeCard(knowledge) {
    const card = el("div", { class: "bcw-bubble bcw-bot bcw-knowledge" });
    if (knowledge.title) card.appendChild(el("p", { class: "bcw-knowledge-title", text: knowledge.title }));
    for (const statement of knowledge.statements || []) {
      card.appendChild(el("p", { class: "bcw-statement" }, [
        el("span", { text: statement.text }),
        statement.source ? el("small", { class: "bcw-source", text: `Source: ${statement.source}` }) : null,
      ]));
    }
    return card;
  }

  // Weekly minutes as horizontal bars (fits a narrow panel), the current week marked, the aim as a dashed line.
  // The chart is hidden from screen readers, which read the plan's own text instead.
  function planCard(message, plan) {
    const weeks = plan.weeks || [];
    const aim = plan.weekly_aim_minutes || 0;
    const most = Math.max(aim, ...weeks.map((w) => w.weekly_minutes), 1);
    const rowHeight = 18, labelWidth = 58, valueWidth = 84, width = 300;
    const barsWidth = width - labelWidth - valueWidth;
    const height = weeks.length * rowHeight + 22;
    const chart = svg("svg", { class: "bcw-chart", viewBox: `0 0 ${width} ${height}`, "aria-hidden": "true",
      focusable: "false" });
    weeks.forEach((week, index) => {
      const y = index * rowHeight;
      const current = week.week === plan.current_week;
      const label = svg("text", { x: 0, y: y + 13, class: current ? "bcw-chart-now" : "" });
      label.textContent = `Week ${week.week}`;
      const bar = svg("rect", { x: labelWidth, y: y + 3, height: rowHeight - 6, rx: 2,
        width: Math.max(2, (week.weekly_minutes / most) * barsWidth), class: current ? "bcw-bar bcw-bar-now" : "bcw-bar" });
      const value = svg("text", { x: width, y: y + 13, "text-anchor": "end", class: current ? "bcw-chart-now" : "" });
      value.textContent = current ? `${week.weekly_minutes} min (now)` : `${week.weekly_minutes} min`;
      chart.append(label, bar, value);
    });
    if (aim) {
      const x = labelWidth + (aim / most) * barsWidth;
      const aimLabel = svg("text", { x: Math.min(x, width - valueWidth), y: height - 4, "text-anchor": "end",
        class: "bcw-chart-aim" });
      aimLabel.textContent = `aim ${aim} min a week`;
      chart.append(svg("line", { x1: x, x2: x, y1: 0, y2: height - 16, class: "bcw-aim" }), aimLabel);
    }
    const activity = plan.activity ? `${plan.activity[0].toUpperCase()}${plan.activity.slice(1)}` : "Activity";
    return el("div", { class: "bcw-bubble bcw-bot bcw-plan" }, [
      el("p", { class: "bcw-knowledge-title", text: `${activity}: minutes a week` }),
      chart,
      el("p", { class: "bcw-visually-hidden bcw-text", text: message.text || "" }),
    ]);
  }

  const choiceGroups = new WeakMap();  // history entry -> its drawn choices (not stored)

  function choiceButtons(entry) {
    const group = el("div", { class: "bcw-choices", role: "group", "aria-label": "Choices" });
    for (const button of entry.message.buttons) {
      const choice = el("button", { class: "bcw-choice", type: "button", text: button.title });
      if (entry.answered) choice.disabled = true;
      if (entry.chosen === button.title) choice.classList.add("bcw-chosen");
      choice.addEventListener("click", (event) => {
        entry.chosen = button.title;
        choice.classList.add("bcw-chosen");
        send(button.payload, button.title);
        // chosen from the keyboard (no click position): the now-disabled button can't keep the focus
        if (event.detail === 0) input.focus();
      });
      group.appendChild(choice);
    }
    return group;
  }

  function renderEntry(entry, live) {
    if (entry.from === "user") {
      log.appendChild(el("div", { class: "bcw-bubble bcw-user" }, [
        el("span", { class: "bcw-visually-hidden", text: "You said: " }), el("span", { text: entry.text })]));
      return;
    }
    const message = entry.message;
    const custom = message.custom || {};
    const triage = custom.triage || {};
    let body;
    if (triage.urgency) {
      body = outcomeCard(message, triage, live);
      if (live && triage.urgency === "emergency") emergencyShown = body;
    }
    else if (custom.knowledge && Array.isArray(custom.knowledge.statements)) body = knowledgeCard(custom.knowledge);
    else if (custom.plan && Array.isArray(custom.plan.weeks)) body = planCard(message, custom.plan);
    else if (message.text) body = el("div", { class: "bcw-bubble bcw-bot", text: message.text });
    if (body) log.appendChild(body);
    if (Array.isArray(message.buttons) && message.buttons.length) {
      const group = choiceButtons(entry);
      choiceGroups.set(entry, group);
      log.appendChild(group);
    }
  }

  function notice(text) {  // the widget's own words (connection trouble): shown, not kept
    log.appendChild(el("p", { class: "bcw-notice", text }));
    scrollToEnd();
  }

  // ---- talking to the assistant ------------------------------------------------------------------------
  let socket = null;
  let confirmed = false;
  const waiting = [];  // messages typed before the session was confirmed
  let quietTimer = null, replyTimer = null;

  function setTyping(on) {
    typing.hidden = !on;
    clearTimeout(replyTimer);
    clearTimeout(quietTimer);
    if (on) {
      replyTimer = setTimeout(() => {
        typing.hidden = true;
        notice(`The assistant has not answered yet. If you need help now, call ${emergencyNumber()}.`);
      }, REPLY_WAIT_MS);
    }
  }

  function emit(message) {
    if (!confirmed) { waiting.push(message); return; }
    socket.emit("user_uttered", { message, session_id: state.sessionId });
  }

  function send(message, shown) {
    emergencyShown = null;
    for (const entry of state.history) {
      if (choiceGroups.has(entry) && !entry.answered) {
        entry.answered = true;
        choiceGroups.get(entry).querySelectorAll("button").forEach((b) => { b.disabled = true; });
      }
    }
    if (shown !== null) {
      const entry = { from: "user", text: shown };
      state.history.push(entry);
      renderEntry(entry, true);
      scrollToEnd();
    }
    saveState();
    setTyping(true);
    emit(message);
  }

  function receive(message) {
    if (!message || typeof message !== "object") return;
    const triage = (message.custom || {}).triage || {};
    if (triage.emergency_number) { state.emergencyNumber = triage.emergency_number; showEmergencyNumber(); }
    const entry = { from: "bot", message };
    state.history.push(entry);
    renderEntry(entry, true);
    saveState();
    scrollToEnd();
    clearTimeout(replyTimer);
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => { typing.hidden = true; }, QUIET_MS);
  }

  function onSessionConfirmed(sessionId) {
    const fresh = sessionId !== state.sessionId;
    state.sessionId = sessionId;
    confirmed = true;
    saveState();
    if (fresh && state.history.length === 0) send(GREETING, null);
    while (waiting.length) emit(waiting.shift());
  }

  function loadSocketIo() {
    return new Promise((resolve, reject) => {
      const hostPageIo = window.io;  // a host page's own socket.io client stays as it was
      const tag = el("script", { src: new URL("vendor/socket.io.min.js", base).href, async: "" });
      tag.onload = () => {
        const io = window.io;
        window.io = hostPageIo;
        resolve(io);
      };
      tag.onerror = () => reject(new Error("the socket.io client did not load"));
      document.head.appendChild(tag);
    });
  }

  let connecting = null;
  function connect() {
    connecting = connecting || loadSocketIo().then((io) => {
      // websocket first: it needs no CORS headers, so any page can embed the widget; polling is the fallback
      socket = io(config.serverUrl, { path: config.socketPath, transports: ["websocket", "polling"],
        tryAllTransports: true });
      socket.on("connect", () => {
        confirmed = false;
        socket.emit("session_request", { session_id: state.sessionId });
      });
      socket.on("disconnect", () => { confirmed = false; });
      socket.on("session_confirm", onSessionConfirmed);
      socket.on("bot_uttered", receive);
      socket.on("connect_error", () => {
        if (!log.lastChild || !log.lastChild.classList.contains("bcw-notice")) {
          notice(`Can't reach the assistant; trying again. If you need help now, call ${emergencyNumber()}.`);
        }
      });
    }).catch(() => notice(`The chat could not start. If you need help now, call ${emergencyNumber()}.`));
    return connecting;
  }

  // ---- opening, closing, starting again ------------------------------------------------------------------
  function setOpen(open, moveFocus) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    root.classList.toggle("bcw-open", open);
    state.open = open;
    saveState();
    if (open) {
      connect();
      scrollToEnd();
      if (moveFocus) input.focus();
    } else if (moveFocus) {
      launcher.focus();
    }
  }

  function startAgain() {
    state = { sessionId: null, history: [], open: true, emergencyNumber: null };
    saveState();
    log.replaceChildren();
    showEmergencyNumber();
    setTyping(false);
    waiting.length = 0;
    confirmed = false;
    if (socket) {
      // a new connection asks for a new session (the stored id is gone)
      socket.disconnect();
      socket.connect();
    }
    input.focus();
  }

  launcher.addEventListener("click", () => setOpen(panel.hidden, true));
  closeButton.addEventListener("click", () => setOpen(false, true));
  restartButton.addEventListener("click", startAgain);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false, true);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    input.value = "";
    if (text) send(text, text);
  });

  function start() {
    const stylesheet = el("link", { rel: "stylesheet", href: new URL("backcare-widget.css", base).href });
    document.head.appendChild(stylesheet);
    showEmergencyNumber();
    // the stored history is drawn before the log is on the page, so screen readers don't read it all again
    for (const entry of state.history) renderEntry(entry, false);
    document.body.appendChild(root);
    if (state.open) setOpen(true, false);
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
