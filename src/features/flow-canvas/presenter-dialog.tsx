import { useEffect, useRef, type ReactNode } from 'react';

// Presenter mode's frame: a modal <dialog> (top layer, everything behind it inert, Escape closes it)
// that also asks for the Fullscreen API when the browser offers it. Without fullscreen it still fills
// the viewport. Leaving fullscreen (the browser's own Escape) leaves presenter mode too, so one key
// always gets the instructor out.

export function PresenterDialog({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // Focus the frame itself, so Space and the arrows drive playback rather than the first button.
    element.focus();
    let wasFullscreen = false;
    const onFullscreenChange = () => {
      if (document.fullscreenElement === element) wasFullscreen = true;
      else if (wasFullscreen) close.current();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    if (document.fullscreenEnabled && typeof element.requestFullscreen === 'function') {
      element.requestFullscreen().catch(() => {
        // Refused (no user gesture, a sandboxed frame, a test browser): the dialog fills the viewport instead.
      });
    }
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement === element) void document.exitFullscreen().catch(() => undefined);
      if (element.open) element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="presenter"
      aria-label="Presenter mode"
      tabIndex={-1}
      onCancel={(event) => {
        event.preventDefault();
        close.current();
      }}
    >
      {children}
    </dialog>
  );
}
