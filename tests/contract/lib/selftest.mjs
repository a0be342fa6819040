// Proves the validator itself before it judges the emulator: every example the specs carry must
// validate (no false alarms from the OpenAPI → JSON Schema conversion), and documents broken on
// purpose must be rejected (the checks can fail).
import { describeErrors, resolveComponent } from './openapi.mjs';

export function selfTest(contract, results) {
  let examples = 0;
  for (const op of contract.operations.values()) {
    for (const [status, response] of Object.entries(op.raw.responses ?? {})) {
      const validate = op.responses[status]?.validate;
      for (const example of examplesOf(response.content?.['application/json'], op.spec)) {
        examples += 1;
        results.check(`spec example of ${op.operationId} ${status} validates`, validate(example),
          describeErrors(validate.errors));
      }
    }
    for (const example of examplesOf(op.raw.requestBody?.content?.['application/json'], op.spec)) {
      examples += 1;
      results.check(`spec request example of ${op.operationId} validates`, op.validateBody(example),
        describeErrors(op.validateBody.errors));
    }
  }
  results.check('the specs carry examples to check the validator with', examples > 20, `${examples}`);

  const rejects = [
    ['user.json', 'UserV2', { id: '1', email: 'not-an-email' }, 'format email'],
    ['user.json', 'UserV2', { id: '1', created_at: '24.11.2026' }, 'format date-time'],
    ['user.json', 'UserV2', { id: '1', override_release_channel: 'beta' }, 'nullable enum'],
    ['user.json', 'UserV2', { id: '1', custom_start_page: '/home' }, 'pattern'],
    ['user.json', 'Group', { org_id: '1', name: 'x', created_at: 'x', updated_at: 'x' }, 'required'],
    ['user.json', 'Group', { id: '1', org_id: '1', name: 'x', created_at: 'x', updated_at: 'x',
      crt_assignee: { id: '2', crt_index: 'first' } }, 'allOf branch'],
    ['user.json', 'UserSetting', { scope: 's', key: 'k', created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z', value: 'x'.repeat(70000) }, 'x-maxSerializedBytes'],
    ['user.json', 'UserSettingScope', 's'.repeat(65), 'maxLength'],
    ['organization.json', 'Organization', { id: '1', name: 5 }, 'type'],
    ['organization.json', 'SettingsValue', null, 'anyOf without null'],
    ['partner-directory.json', 'Assignable', { type: 'robot', display_name: 'x', org_id: '1' },
      'oneOf with discriminator'],
    ['partner-directory.json', 'Assignable', { type: 'partner_organization', display_name: 'x',
      org_id: '1' }, 'required in an allOf branch'],
    ['partner-directory.json', 'PartnerRole', { id: 'a', slug: 'a', name: 'a',
      grants: [{ effect: 'allow' }] }, 'nested $ref required'],
    ['partner-directory.json', 'CreatePartnerRolePayload', { name: 'x', slug: 'Bad Slug',
      grants: [] }, 'slug pattern'],
  ];
  for (const [file, name, document, what] of rejects) {
    const validate = contract.validatorFor(file, name);
    results.check(`validator rejects a broken ${name} (${what})`, !validate(document));
  }
  const accepts = [
    ['user.json', 'UserV2', { id: '1', phone: null, override_release_channel: null, image_uri: null,
      custom_navigation: null, draft_email: null }, 'nullable fields'],
    ['partner-directory.json', 'Assignable', { type: 'group', display_name: 'x', org_id: '1',
      group_id: 'g' }, 'oneOf branch'],
  ];
  for (const [file, name, document, what] of accepts) {
    const validate = contract.validatorFor(file, name);
    results.check(`validator accepts a valid ${name} (${what})`, validate(document),
      describeErrors(validate.errors));
  }
}

function examplesOf(mediaType, spec) {
  if (!mediaType) return [];
  const list = mediaType.example !== undefined ? [mediaType.example] : [];
  // entity.json refers to shared examples (#/components/examples/…).
  for (const example of Object.values(mediaType.examples ?? {})) {
    list.push(resolveComponent(spec, example).value);
  }
  return list;
}
