// Copying the report text: the Clipboard API where the browser allows it (a secure context and
// a user gesture), else the text is selected on the page and copied the old way, or left
// selected for the user to copy.

/**
 * Copies text; node shows the same text on the page (selected as the fallback). Resolves to
 * 'copied' when the text reached the clipboard, 'selected' when the user has to copy it.
 */
export async function copyText(text, node) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // refused (no permission, no focus): fall back to the selection
  }
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // execCommand is gone or refused: the text stays selected
  }
  return 'selected';
}
