// Placeholder entry of the explorer (issue 4 replaces it): shows that the API answers.
const status = document.querySelector<HTMLParagraphElement>('#status')!;
fetch('/api/health')
  .then((r) => r.json())
  .then((h: { database?: { version: string } }) => (status.textContent = h.database ? `Neo4j ${h.database.version}` : 'база данных недоступна'))
  .catch(() => (status.textContent = 'API недоступен'));
