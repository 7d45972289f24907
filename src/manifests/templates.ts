/**
 * Helm and other Go-template sources are not YAML until rendered. A file counts as a
 * template when it uses a template action with Helm's usual vocabulary; braces inside
 * ordinary strings (Argo CD ApplicationSets, Grafana dashboards) do not count.
 */
const TEMPLATE_ACTION =
  /\{\{-?\s*(?:-|\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|include\s|template\s|if\s|range\s|with\s|define\s|end\b|else\b|toYaml|tpl\s|default\s|quote\b|printf\s|\/\*)/;

export function looksLikeGoTemplate(text: string): boolean {
  const first = text.indexOf('{{');
  if (first === -1) return false;
  return TEMPLATE_ACTION.test(text.slice(first));
}
