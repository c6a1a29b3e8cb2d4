// Records what the framed quiz posts, for the test; the resizing itself is the Embed page's snippet.
window.kmsReceived = [];
window.addEventListener('message', (event) => {
  if (event.origin === '%APP_ORIGIN%' && event.data && event.data.source === 'kms-lab') window.kmsReceived.push(event.data);
});
