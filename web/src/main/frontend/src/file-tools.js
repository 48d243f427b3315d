// Import from and export to files on the owner's computer; the XML is kept as it is, diagram
// layout included, so models travel between this editor, the Camunda Modeler and other tools.
export function wireFileTools(api, ids) {
  const input = ids.importInput && document.getElementById(ids.importInput);
  if (input) {
    input.addEventListener('change', async () => {
      const file = input.files && input.files[0];
      if (file) {
        await api.importXml(await file.text());
      }
    });
  }
  const button = ids.exportButton && document.getElementById(ids.exportButton);
  if (button) {
    button.addEventListener('click', async () => {
      const blob = new Blob([await api.xml()], { type: 'application/xml' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = (ids.fileName || 'model.bpmn').split('/').pop();
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(link.href);
    });
  }
}

/** Keeps the page's hidden field in step with the editor, so the form always posts the current model. */
export async function syncField(api, field) {
  const sync = async () => {
    field.value = await api.xml();
  };
  api.onChange(sync);
  await sync();
}
