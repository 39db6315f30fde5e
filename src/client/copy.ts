/**
 * Copy buttons on /embed/: each names the field it copies (data-copy="<id>").
 * Without JavaScript (or without the Clipboard API) the buttons stay hidden
 * and the fields are selectable text.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy ?? '') as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field || !navigator.clipboard) continue;
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(field.value).then(
      () => (button.textContent = '已复制'),
      () => {
        // Permission refused: select the text so the reader can copy it by hand.
        field.select();
        button.textContent = '请按 Ctrl+C 复制';
      },
    );
    setTimeout(() => (button.textContent = label), 2000);
  });
}
export {};
