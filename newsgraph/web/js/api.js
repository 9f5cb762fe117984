// The JSON API client. The bearer token lives in memory and, for the tab's lifetime only,
// in sessionStorage; it is sent in the Authorization header and never put in a URL.

const TOKEN_KEY = "newsgraph.token";
let token = sessionStorage.getItem(TOKEN_KEY) || "";

/** An API answer that was not 2xx: status plus the server's message. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export function getToken() {
  return token;
}

/** Remember the token for this tab (empty forgets it). */
export function setToken(value) {
  token = value || "";
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(extra = {}) {
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function detail(response) {
  try {
    const body = await response.json();
    if (typeof body.detail === "string") return body.detail;
    // An ambiguous actor name: the message lists the candidates, most articles first.
    if (body.detail && typeof body.detail.message === "string") return body.detail.message;
    return JSON.stringify(body.detail);
  } catch {
    return response.statusText || `HTTP ${response.status}`;
  }
}

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    throw new ApiError(0, `the server did not answer (${err.message})`);
  }
  if (!response.ok) throw new ApiError(response.status, await detail(response));
  return response.json();
}

/** GET /api/<path> with the given query parameters (empty ones are left out). */
export function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const qs = query.toString();
  return send(`/api/${path}${qs ? "?" + qs : ""}`, { headers: headers() });
}

/** POST a JSON body to /api/<path>. */
export function post(path, body) {
  return send(`/api/${path}`, {
    method: "POST",
    headers: headers({ "Content-Type": "application/json" }),
    body: JSON.stringify(body),
  });
}

/** Path segment for an article id or actor name (ids may contain "/"). */
export function part(value) {
  return String(value).split("/").map(encodeURIComponent).join("/");
}
