// A well-formed restart command, from the wrong origin, sent to whoever frames this page.
window.parent.postMessage({ source: 'kms-lab-host', version: 1, type: 'restart', instance: 'quiz-a' }, '*');
window.parent.postMessage({ source: 'kms-lab-host', version: 1, type: 'restart' }, '*');
