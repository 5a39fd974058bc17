/** How a template's app is guarded by the deployment's secret (TemplateSpec.app_auth). */
export const APP_AUTH_OPTIONS = [
  {
    value: 'portal_token',
    label: 'Instance portal',
    description:
      "Vast.ai's instance portal in front of the app, opened with the deployment's token",
  },
  {
    value: 'jupyter_token',
    label: 'Jupyter token',
    description: "Jupyter's own token login, set to the deployment's secret",
  },
  {
    value: 'gradio_auth',
    label: 'Gradio login',
    description: "Gradio's username and password prompt, with the deployment's secret",
  },
  {
    value: 'api_key',
    label: 'API key',
    description: "The app checks an API key (Bearer header), set to the deployment's secret",
  },
] as const;

export function appAuthLabel(value: string | null): string {
  const option = APP_AUTH_OPTIONS.find(
    (candidate) => candidate.value === (value ?? 'portal_token'),
  );
  return option?.label ?? value ?? '';
}
