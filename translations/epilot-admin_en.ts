<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiConsolePane</name>
    <message numerus="yes">
        <location filename="../ui/console/ApiConsolePane.cpp" line="+64"/>
        <source>(%n byte(s) more not shown)</source>
        <translation>
            <numerusform>(%n byte more not shown)</numerusform>
            <numerusform>(%n bytes more not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiTokensPane</name>
    <message numerus="yes">
        <location filename="../ui/security/ApiTokensPane.cpp" line="+138"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogExporter</name>
    <message numerus="yes">
        <location filename="../controllers/AuditLogExporter.cpp" line="+86"/>
        <source>%n event(s) exported.</source>
        <translation>
            <numerusform>%n event exported.</numerusform>
            <numerusform>%n events exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPane</name>
    <message numerus="yes">
        <location filename="../ui/security/AuditLogPane.cpp" line="+303"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message numerus="yes">
        <location filename="../services/session/BrowserSignIn.cpp" line="+321"/>
        <source>No sign-in arrived from the browser within %n minute(s).</source>
        <translation>
            <numerusform>No sign-in arrived from the browser within %n minute.</numerusform>
            <numerusform>No sign-in arrived from the browser within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRoleDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/BulkRoleDialog.cpp" line="+22"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Which role should these %n person(s) get?</source>
        <translation>
            <numerusform>Which role should this person get?</numerusform>
            <numerusform>Which role should these %n people get?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Which role should these %n person(s) lose?</source>
        <translation>
            <numerusform>Which role should this person lose?</numerusform>
            <numerusform>Which role should these %n people lose?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailedRequestsIndicator</name>
    <message numerus="yes">
        <location filename="../ui/shell/FailedRequestsIndicator.cpp" line="+53"/>
        <source>%n request(s) failed — show Activity</source>
        <translation>
            <numerusform>%n request failed — show Activity</numerusform>
            <numerusform>%n requests failed — show Activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeatureSettingsPage</name>
    <message numerus="yes">
        <location filename="../ui/organization/FeatureSettingsPage.cpp" line="+114"/>
        <source>%n more feature(s) not shown: epilot offers them only under conditions this organization does not meet.</source>
        <translation>
            <numerusform>%n more feature not shown: epilot offers it only under conditions this organization does not meet.</numerusform>
            <numerusform>%n more features not shown: epilot offers them only under conditions this organization does not meet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message numerus="yes">
        <location filename="../ui/groups/GroupsPane.cpp" line="+293"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Delete the group &quot;%1&quot; with its %n member(s)? The people stay; only the group is removed. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the group &quot;%1&quot; with its %n member? The people stay; only the group is removed. This cannot be undone.</numerusform>
            <numerusform>Delete the group &quot;%1&quot; with its %n members? The people stay; only the group is removed. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationCsv</name>
    <message numerus="yes">
        <location filename="../domain/users/InvitationCsv.cpp" line="+114"/>
        <source>%n column(s) of the file not used: %1. An invitation carries only the e-mail address, the language and the roles; set names and departments on the Users page afterwards.</source>
        <translation>
            <numerusform>%n column of the file not used: %1. An invitation carries only the e-mail address, the language and the roles; set names and departments on the Users page afterwards.</numerusform>
            <numerusform>%n columns of the file not used: %1. An invitation carries only the e-mail address, the language and the roles; set names and departments on the Users page afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="+222"/>
        <source>%n address(es) imported from %1.</source>
        <translation>
            <numerusform>%n address imported from %1.</numerusform>
            <numerusform>%n addresses imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>%n invitation(s) carry no role. epilot then gives only the organization&apos;s root role, so these people can do little until someone gives them a role. Invite anyway?</source>
        <translation>
            <numerusform>%n invitation carries no role. epilot then gives only the organization&apos;s root role, so this person can do little until someone gives them a role. Invite anyway?</numerusform>
            <numerusform>%n invitations carry no role. epilot then gives only the organization&apos;s root role, so these people can do little until someone gives them a role. Invite anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n address(es): </source>
        <translation>
            <numerusform>%n address: </numerusform>
            <numerusform>%n addresses: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginParametersPage</name>
    <message numerus="yes">
        <location filename="../ui/account/LoginParametersPage.cpp" line="+64"/>
        <source>%n organization(s).</source>
        <translation>
            <numerusform>%n organization.</numerusform>
            <numerusform>%n organizations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryPage</name>
    <message numerus="yes">
        <location filename="../ui/partners/PartnerDirectoryPage.cpp" line="+181"/>
        <source>%n shown, possibly out of date</source>
        <translation>
            <numerusform>%n shown, possibly out of date</numerusform>
            <numerusform>%n shown, possibly out of date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerRolesPage</name>
    <message numerus="yes">
        <location filename="../ui/partners/PartnerRolesPage.cpp" line="+130"/>
        <source>%1
%2 · %n grant(s)</source>
        <translation>
            <numerusform>%1
%2 · %n grant</numerusform>
            <numerusform>%1
%2 · %n grants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerUsersPage</name>
    <message numerus="yes">
        <location filename="../ui/partners/PartnerUsersPage.cpp" line="+226"/>
        <source>%n change(s) failed; the matrix shows what the server holds.</source>
        <translation>
            <numerusform>%n change failed; the matrix shows what the server holds.</numerusform>
            <numerusform>%n changes failed; the matrix shows what the server holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerUsersRolesPane</name>
    <message numerus="yes">
        <location filename="../ui/partners/PartnerUsersRolesPane.cpp" line="+201"/>
        <source>%n user(s), %1 role(s).</source>
        <translation>
            <numerusform>%n user, %1 role.</numerusform>
            <numerusform>%n users, %1 roles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasskeysPage</name>
    <message numerus="yes">
        <location filename="../ui/account/PasskeysPage.cpp" line="+101"/>
        <source>%n passkey(s).</source>
        <translation>
            <numerusform>%n passkey.</numerusform>
            <numerusform>%n passkeys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleRolesPane</name>
    <message numerus="yes">
        <location filename="../ui/roles/PeopleRolesPane.cpp" line="+240"/>
        <source>%n person(s), %1 role(s) to assign.</source>
        <translation>
            <numerusform>%n person, %1 role(s) to assign.</numerusform>
            <numerusform>%n people, %1 role(s) to assign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n change(s) could not be applied; they stay pending.</source>
        <translation>
            <numerusform>%n change could not be applied; it stays pending.</numerusform>
            <numerusform>%n changes could not be applied; they stay pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Pending changes&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Pending changes&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Applying %n change…</numerusform>
            <numerusform>Applying %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1: %2 of %n change(s) applied</source>
        <translation>
            <numerusform>%1: %2 of %n change applied</numerusform>
            <numerusform>%1: %2 of %n changes applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/security/RecordHistoryDialog.cpp" line="+33"/>
        <source>Read the next %n event(s) of the audit log</source>
        <translation>
            <numerusform>Read the next %n event of the audit log</numerusform>
            <numerusform>Read the next %n events of the audit log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>All %1 events since %2 read; %n event(s) concern this record.</source>
        <translation>
            <numerusform>All %1 events since %2 read; %n event concerns this record.</numerusform>
            <numerusform>All %1 events since %2 read; %n events concern this record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %2 events since %3 read; %n event(s) concern this record so far.</source>
        <translation>
            <numerusform>%1 of %2 events since %3 read; %n event concerns this record so far.</numerusform>
            <numerusform>%1 of %2 events since %3 read; %n events concern this record so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message numerus="yes">
        <location filename="../ui/partners/grants/RoleEditor.cpp" line="+373"/>
        <source>Paste %n grant(s)</source>
        <translation>
            <numerusform>Paste %n grant</numerusform>
            <numerusform>Paste %n grants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleKindText</name>
    <message numerus="yes">
        <location filename="../domain/permissions/RoleKindText.cpp" line="+78"/>
        <source>At most %n people may hold it (set by the vendor).</source>
        <translation>
            <numerusform>At most %n person may hold it (set by the vendor).</numerusform>
            <numerusform>At most %n people may hold it (set by the vendor).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message numerus="yes">
        <location filename="../ui/roles/RolesPane.cpp" line="+334"/>
        <source>at most %n people</source>
        <translation>
            <numerusform>at most %n person</numerusform>
            <numerusform>at most %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Held by %n people: %1</source>
        <translation>
            <numerusform>Held by %n person: %1</numerusform>
            <numerusform>Held by %n people: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the role %1? %n people hold it and lose what it allows: %2.</source>
        <translation>
            <numerusform>Delete the role %1? %n person holds it and loses what it allows: %2.</numerusform>
            <numerusform>Delete the role %1? %n people hold it and lose what it allows: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityFindings</name>
    <message numerus="yes">
        <location filename="../domain/security/SecurityFindings.cpp" line="+97"/>
        <source>invited %n day(s) ago</source>
        <translation>
            <numerusform>invited %n day ago</numerusform>
            <numerusform>invited %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>held by %n person(s)</source>
        <translation>
            <numerusform>held by %n person</numerusform>
            <numerusform>held by %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>older than %n day(s)</source>
        <translation>
            <numerusform>older than %n day</numerusform>
            <numerusform>older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>expired %1, still held by %n person(s)</source>
        <translation>
            <numerusform>expired %1, still held by %n person</numerusform>
            <numerusform>expired %1, still held by %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n active person(s) without MFA and without passkeys</source>
        <translation>
            <numerusform>%n active person without MFA and without passkeys</numerusform>
            <numerusform>%n active people without MFA and without passkeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invitation(s) pending for more than %1 days</source>
        <translation>
            <numerusform>%n invitation pending for more than %1 days</numerusform>
            <numerusform>%n invitations pending for more than %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n deactivated person(s) still holding roles</source>
        <translation>
            <numerusform>%n deactivated person still holding roles</numerusform>
            <numerusform>%n deactivated people still holding roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n role(s) allowing every action</source>
        <translation>
            <numerusform>%n role allowing every action</numerusform>
            <numerusform>%n roles allowing every action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n owner(s): more than %1</source>
        <translation>
            <numerusform>%n owner: more than %1</numerusform>
            <numerusform>%n owners: more than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n API token(s) to review</source>
        <translation>
            <numerusform>%n API token to review</numerusform>
            <numerusform>%n API tokens to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner role(s) over their user limit</source>
        <translation>
            <numerusform>%n partner role over their user limit</numerusform>
            <numerusform>%n partner roles over their user limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expired role(s) still held</source>
        <translation>
            <numerusform>%n expired role still held</numerusform>
            <numerusform>%n expired roles still held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message numerus="yes">
        <location filename="../controllers/UserExporter.cpp" line="+88"/>
        <source>%n user(s) exported.</source>
        <translation>
            <numerusform>%n user exported.</numerusform>
            <numerusform>%n users exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message numerus="yes">
        <location filename="../ui/users/UsersPane.cpp" line="+440"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n user loaded, more as you scroll</numerusform>
            <numerusform>%n users loaded, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete these %n user(s)? This cannot be undone.

%1</source>
        <translation>
            <numerusform>Delete this user? This cannot be undone.

%1</numerusform>
            <numerusform>Delete these %n users? This cannot be undone.

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Send the invitation e-mail again to these %n person(s)?

%1</source>
        <translation>
            <numerusform>Send the invitation e-mail again to this person?

%1</numerusform>
            <numerusform>Send the invitation e-mail again to these %n people?

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Send a password reset e-mail to these %n user(s)? Their current password keeps working until they set a new one.

%1</source>
        <translation>
            <numerusform>Send a password reset e-mail to this user? The current password keeps working until a new one is set.

%1</numerusform>
            <numerusform>Send a password reset e-mail to these %n users? Their current password keeps working until they set a new one.

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UserExportProgress.cpp" line="+26"/>
        <source>Exporting users… %n written</source>
        <translation>
            <numerusform>Exporting users… %n written</numerusform>
            <numerusform>Exporting users… %n written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoCanPage</name>
    <message numerus="yes">
        <location filename="../ui/roles/WhoCanPage.cpp" line="+126"/>
        <source>%n person(s) can.</source>
        <translation>
            <numerusform>%n person can.</numerusform>
            <numerusform>%n people can.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more hold(s) an allow that an explicit deny of their roles overrides.</source>
        <translation>
            <numerusform>%n more holds an allow that an explicit deny of their roles overrides.</numerusform>
            <numerusform>%n more hold an allow that an explicit deny of their roles overrides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more hold(s) an allow that the root role does not let through (%1).</source>
        <translation>
            <numerusform>%n more holds an allow that the root role does not let through (%1).</numerusform>
            <numerusform>%n more hold an allow that the root role does not let through (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more hold(s) an allow that the root role does not let through.</source>
        <translation>
            <numerusform>%n more holds an allow that the root role does not let through.</numerusform>
            <numerusform>%n more hold an allow that the root role does not let through.</numerusform>
        </translation>
    </message>
</context>
</TS>
