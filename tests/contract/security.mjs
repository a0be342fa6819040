// Contract steps for the Access Token API (access-token.json: the three `api` token operations;
// the .well-known discovery operations are not emulated) and the Audit Logs API
// (audit-logs.json). Every answer is validated against the spec by SpecClient; these steps check
// what the answers mean.

export async function accessTokens(api, ctx, results) {
  const org = ctx.orgId;
  const created = (await api.call('createAccessToken', { body: { name: 'Contract token',
    token_type: 'api', assignments: [`${org}:viewer`], expires_in: '7d', read_only: true,
    anonymize: false } })).body;
  results.check('createAccessToken answers the token once, with its description',
    typeof created?.token === 'string' && created.token.split('.').length === 3
      && created.id?.startsWith('api_') && created.read_only === true
      && Boolean(created.expires_at), JSON.stringify({ ...created, token: '…' }));
  const token = created?.token;
  ctx.readOnlyToken = token;
  const list = await api.call('listAccessTokens');
  results.check('listAccessTokens lists it and never shows a token',
    list.body?.some((item) => item.id === created?.id) && !list.text.includes(token)
      && list.body.every((item) => !('token' in item)));
  const filtered = (await api.call('listAccessTokens', { query: { token_type: ['api'] },
    label: 'token_type=api' })).body;
  results.check('listAccessTokens token_type=api keeps api tokens',
    filtered?.length === list.body?.length);
  const none = (await api.call('listAccessTokens', { query: { token_type: ['journey'] },
    label: 'token_type=journey' })).body;
  results.check('listAccessTokens token_type=journey has none', none?.length === 0);

  // The token as a bearer: reads yes, writes 403.
  const me = await api.call('getMeV2', { token, label: 'with a read-only access token' });
  results.check('a read-only access token reads', me.status === 200);
  await api.call('updateUserV2', { params: { id: ctx.me?.id }, body: { department: 'x' }, token,
    negative: true, expect: 403, label: 'read-only access token', mentions: /read-only/ });
  const inherited = (await api.call('createAccessToken', { body: { name: 'Inherited',
    expires_in: 3600 }, label: 'default assignments' })).body;
  results.check("createAccessToken without assignments takes the caller's",
    inherited?.assignments?.includes(`${org}:owner`), JSON.stringify(inherited?.assignments));

  const revoked = (await api.call('revokeAccessToken', { params: { id: created?.id } })).body;
  results.check('revokeAccessToken answers the item without the token',
    revoked?.id === created?.id && !('token' in revoked));
  await api.call('getMeV2', { token, negative: true, expect: 401, label: 'revoked access token' });
  await api.call('revokeAccessToken', { params: { id: created?.id }, negative: true, expect: 404,
    label: 'already revoked' });
  await api.call('revokeAccessToken', { params: { id: inherited?.id }, label: 'second' });

  const bad = (options) => api.call('createAccessToken', { negative: true, ...options });
  await bad({ body: { token_type: 'api' }, invalidRequest: true, label: 'no name',
    mentions: /name/ });
  await bad({ body: { name: 'x', expires_in: 29 }, invalidRequest: true, label: '29 s',
    mentions: /expires_in/ });
  await bad({ body: { name: 'x', expires_in: 31536001 }, invalidRequest: true,
    label: '365 days + 1 s', mentions: /expires_in/ });
  await bad({ body: { name: 'x', expires_in: '400d' }, label: '400d', mentions: /expires_in/ });
  await bad({ body: { name: 'x', expires_in: 'soon' }, invalidRequest: true, label: 'soon',
    mentions: /expires_in/ });
  await bad({ body: { name: 'x', assignments: [`${org}:no_such`] }, label: 'unknown role',
    mentions: /Unknown role/ });
  await bad({ body: { name: 'x', read_only: 'yes' }, invalidRequest: true, label: 'read_only text',
    mentions: /read_only/ });
}

export async function auditLogs(api, ctx, results) {
  const first = (await api.call('getLogs', { body: { limit: 20, page: 0 } })).body;
  results.check('getLogs: newest first, total at least the page',
    first?.logs?.length === 20 && first.total >= 20
      && first.logs.every((e, i) => i === 0 || first.logs[i - 1].timestamp >= e.timestamp));
  // The writes of the earlier steps are there, with who did them.
  const writes = (await api.call('getLogs', { body: { service_name: 'access-token',
    event_name: 'createAccessToken', outcome: 'success', method: 'POST',
    user: { user_id: ctx.me?.id, email: ctx.me?.email }, limit: 5 }, label: 'every filter' })).body;
  results.check('getLogs finds createAccessToken by the caller with every filter',
    writes?.logs?.length > 0 && writes.logs.every((e) => e.event_name === 'createAccessToken'
      && e.caller?.user_id === ctx.me?.id && e.caller?.trigger_type === 'user'),
    JSON.stringify(writes?.logs?.[0]));
  const refused = (await api.call('getLogs', { body: { outcome: 'failure',
    event_name: 'updateUserV2', limit: 5 }, label: 'failures' })).body;
  results.check('the read-only token’s refused write is a failure of trigger type api',
    refused?.logs?.some((e) => e.status_code === 403 && e.caller?.trigger_type === 'api'));
  const now = Date.now();
  const range = { from: new Date(now - 30 * 86400000).toISOString(),
    to: new Date(now - 10 * 86400000).toISOString() };
  const ranged = (await api.call('getLogs', { body: { timestamp: range, limit: 1000 },
    label: 'time range' })).body;
  results.check('getLogs time range holds',
    ranged?.logs?.length > 0 && ranged.logs.every((e) => e.timestamp >= range.from
      && e.timestamp <= range.to) && ranged.total === ranged.logs.length);
  const id = first?.logs?.[0]?.id;
  const one = (await api.call('getLogById', { params: { logId: id } })).body;
  results.check('getLogById answers the event of the list',
    JSON.stringify(one?.log) === JSON.stringify(first?.logs?.[0]));
  const old = first?.total > 0 ? (await api.call('getLogs', { body: { limit: 1,
    page: first.total - 1 }, label: 'last page' })).body : undefined;
  await api.call('getLogById', { params: { logId: old?.logs?.[0]?.id }, label: 'oldest' });
  await api.call('getLogById', { params: { logId: '2843c005-c5b0-4df2-94ee-1ca2ddd998ac' },
    negative: true, expect: 404, label: 'unknown' });

  for (const method of ['DELETE', 'put']) {
    const narrowed = (await api.call('getLogs', { body: { method, limit: 1000 },
      label: `method ${method}` })).body;
    results.check(`getLogs method ${method} narrows to that method`,
      narrowed?.logs?.length > 0 && narrowed.total < first?.total
      && narrowed.logs.every((e) => e.http?.method === method.toUpperCase()));
  }

  // A write that carries a secret: the log keeps the write, not the secret.
  const secret = `Contract-Secret-${Date.now()}!`;
  await api.call('putUserSetting', { params: { scope: 'contract', key: 'credentials' },
    body: { client_secret: secret, note: 'kept' }, label: 'with a secret' });
  const all = await api.call('getLogs', { body: { limit: 1000 }, label: 'whole page' });
  results.check('the secret write is logged, redacted',
    all.body?.logs?.some((e) => e.event_name === 'putUserSetting'
      && e.detail?.includes('[REDACTED]') && e.detail?.includes('kept')));
  results.check('no token or password anywhere in the log',
    !all.text.includes(api.token) && !(ctx.readOnlyToken && all.text.includes(ctx.readOnlyToken))
      && !all.text.includes(secret)
      && !/eyJ[\w-]+\.[\w-]+\.[\w-]+/.test(all.text) && !/"authorization"/i.test(all.text));

  const bad = (options) => api.call('getLogs', { negative: true, ...options });
  await bad({ body: { outcome: 'maybe' }, invalidRequest: true, label: 'outcome',
    mentions: /outcome/ });
  await bad({ body: { limit: 'ten' }, invalidRequest: true, label: 'limit text',
    mentions: /limit/ });
  await bad({ body: { limit: 0 }, label: 'limit 0', mentions: /limit/ });
  await bad({ body: { timestamp: { from: 'last week' } }, label: 'bad time',
    mentions: /timestamp/ });
}
