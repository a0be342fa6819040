// Contract steps for the Permissions API (permissions.json, 13 operations): every answer is
// validated against the spec by SpecClient; these steps check what the answers mean.

const RUN = Date.now().toString(36).replace(/[^a-z0-9]/g, '');

export async function permissions(api, ctx, results) {
  const org = ctx.orgId;
  const all = (await api.call('listAllRoles')).body?.roles ?? [];
  const kinds = new Set(all.map((role) => role.type));
  results.check('listAllRoles has every role kind of the spec',
    ['org_role', 'user_role', 'share_role', 'partner_role', 'portal_role'].every((k) => kinds.has(k)),
    [...kinds].join(', '));
  const now = Date.now();
  results.check('listAllRoles lists an expired role and a time-limited one',
    all.some((r) => r.expires_at && Date.parse(r.expires_at) < now)
      && all.some((r) => r.expires_at && Date.parse(r.expires_at) > now));
  results.check('stored roles have plain grants (no dependencies)',
    all.every((r) => r.grants.every((g) => !('dependencies' in g))));

  const mine = (await api.call('listCurrentRoles')).body?.roles ?? [];
  results.check('listCurrentRoles has the root role and no expired role',
    mine.some((r) => r.type === 'org_role')
      && mine.every((r) => !r.expires_at || Date.parse(r.expires_at) > now));
  await api.call('refreshPermissions');

  const found = (await api.call('searchRoles', { body: { query: 'Administrator', limit: 5 } })).body;
  results.check('searchRoles finds the Administrator role',
    found?.results?.some((r) => r.id === `${org}:admin`) && found.hits >= 1, JSON.stringify(found));
  const bySlug = (await api.call('searchRoles', { body: { slugs: ['owner', 'viewer'] },
    label: 'slugs' })).body;
  expectIds(results, 'searchRoles by slugs', bySlug?.results, [`${org}:owner`, `${org}:viewer`]);
  await api.call('getRole', { params: { roleId: `${org}:sales_manager` } });
  await api.call('getRole', { params: { roleId: `${org}:no_such_${RUN}` }, negative: true,
    expect: 404, label: 'unknown' });

  const slug = `contract_${RUN}`;
  const roleId = `${org}:${slug}`;
  const created = (await api.call('createRole', { body: { name: 'Contract role', slug,
    type: 'user_role', parent_role: `${org}:root`, grants: [
      { action: 'entity:view', resource: 'ticket:*',
        conditions: [{ operation: 'equals_current_user', attribute: 'assignee.*.user_id' }],
        dependencies: [{ action: 'entity:view', resource: 'contact:*' }] },
      { action: 'entity:delete', effect: 'deny',
        conditions: [{ operation: 'not_equals', attribute: 'status', values: ['draft'] }] },
    ] } })).body;
  results.check('createRole: id <org>:<slug>, dependencies expanded, conditions kept',
    created?.id === roleId && created.grants.length === 3
      && created.grants.some((g) => g.resource === 'contact:*')
      && created.grants[0].conditions?.[0]?.operation === 'equals_current_user',
    JSON.stringify(created));
  const put = (await api.call('putRole', { params: { roleId }, body: { ...created,
    name: 'Contract role 2', expires_at: '2031-01-01T00:00:00.000Z',
    grants: [{ action: 'entity:view' }] } })).body;
  results.check('putRole replaces name, grants and expiry',
    put?.name === 'Contract role 2' && put.grants.length === 1 && Boolean(put.expires_at));

  const assignments = (await api.call('listAllAssignments')).body?.assignments ?? [];
  const person = assignments.find((a) => a.user_id !== ctx.me?.id && a.roles.length > 0);
  results.check('listAllAssignments lists people with roles', Boolean(person));
  if (!person) return;
  const userId = person.user_id;
  const before = (await api.call('getAssignedRolesForUser', { params: { userId } })).body;
  expectIds(results, 'getAssignedRolesForUser matches listAllAssignments', before.map((id) => ({ id })),
    person.roles);
  const added = (await api.call('addAssignment', { params: { userId, roleId } })).body;
  results.check('addAssignment adds the role', added?.roles?.includes(roleId), JSON.stringify(added));
  const user = (await api.call('getUser', { params: { id: userId } })).body; // V1 has roles
  results.check("the User API's roles show the assignment (one source of truth)",
    user?.roles?.includes(roleId), JSON.stringify(user?.roles));
  const removed = (await api.call('removeAssignment', { params: { userId, roleId } })).body;
  results.check('removeAssignment takes the role away', !removed?.roles?.includes(roleId));
  await api.call('removeAssignment', { params: { userId, roleId }, negative: true, expect: 404,
    label: 'not held' });
  const replaced = (await api.call('assignRoles', { params: { userId }, body: [roleId] })).body;
  expectIds(results, 'assignRoles replaces the assignments', replaced.map((id) => ({ id })), [roleId]);
  await api.call('assignRoles', { params: { userId }, body: person.roles, label: 'restore' });

  await api.call('deleteRole', { params: { roleId } });
  await api.call('deleteRole', { params: { roleId }, negative: true, expect: 404,
    label: 'already deleted' });

  // Bad input: a message, never a 5xx.
  const bad = (operationId, options) => api.call(operationId, { negative: true, ...options });
  await bad('createRole', { body: { slug: `x${RUN}`, type: 'user_role', grants: [] },
    invalidRequest: true, label: 'no name', mentions: /name/ });
  await bad('createRole', { body: { name: 'X', type: 'user_role', grants: [] },
    invalidRequest: true, label: 'no slug', mentions: /slug/ });
  await bad('createRole', { body: { name: 'X', slug: `x${RUN}`, type: 'user_role',
    grants: [{ resource: '*' }] }, invalidRequest: true, label: 'grant without action',
  mentions: /action/ });
  await bad('createRole', { body: { name: 'X', slug: 'owner', type: 'user_role', grants: [] },
    label: 'slug taken', mentions: /taken/ });
  await bad('createRole', { body: { name: 'X', slug: `x${RUN}`, type: 'user_role',
    parent_role: `${org}:no_such`, grants: [] }, expect: 404, label: 'unknown parent',
  mentions: /does not exist/ });
  await bad('createRole', { body: { name: 'X', slug: `x${RUN}`, type: 'user_role',
    parent_role: `${org}:owner`, grants: [] }, label: 'user_role parent',
  mentions: /org_role or share_role/ });
  await bad('addAssignment', { params: { userId, roleId: `${org}:no_such_${RUN}` },
    label: 'unknown role', mentions: /Unknown role/ });
  await bad('assignRoles', { params: { userId }, body: [`${org}:no_such_${RUN}`],
    label: 'unknown role', mentions: /Unknown role/ });
}

// Read-only checks for a generated seed: every role and every assignment validates, and the
// assignments name only roles that exist.
export async function permissionsRead(api, results) {
  const roles = (await api.call('listAllRoles')).body?.roles ?? [];
  const ids = new Set(roles.map((r) => r.id));
  const assignments = (await api.call('listAllAssignments')).body?.assignments ?? [];
  results.check('generated users hold roles of the organization',
    assignments.length >= 400 && assignments.every((a) => a.roles.every((id) => ids.has(id))));
}

function expectIds(results, name, list, expected) {
  const actual = (list ?? []).map((item) => item.id).sort();
  return results.check(name, JSON.stringify(actual) === JSON.stringify([...expected].sort()),
    `got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}
