// The host page's part: store each Besluit the form fires (here: show it as JSON), and prefill
// what the host already knows (here: the monitoring case was handed over after onderzoek).
document.addEventListener('besluit', (e) => {
  document.getElementById('log').textContent = JSON.stringify(e.detail, null, 2);
});
await customElements.whenDefined('hp-beslishulp');
document.getElementById('monitoring').antwoorden = { overdrachtNa: 'onderzoek' };
