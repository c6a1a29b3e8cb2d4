// The host's side, as a course author would write it: accept KMS Lab messages only from this page's
// own origin and window (the custom element runs in this page), and keep every DOM event too. The
// test reads window.kmsReceived, window.kmsEvents and window.kmsForeign.
window.kmsReceived = [];
window.kmsEvents = [];
window.kmsForeign = [];
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || event.source !== window) {
    window.kmsForeign.push({ origin: event.origin, data: event.data });
    return;
  }
  const message = event.data;
  if (!message || message.source !== 'kms-lab') return;
  window.kmsReceived.push(message);
  const item = document.createElement('li');
  item.textContent = `${message.instance}: ${message.type}${message.type === 'statement' ? ` ${message.statement.verb.display['en-US']}` : ''}`;
  document.getElementById('log').append(item);
});
document.addEventListener('kms-quiz:statement', (event) => window.kmsEvents.push(event.detail));
