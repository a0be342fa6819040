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
    <name>FailedRequestsIndicator</name>
    <message numerus="yes">
        <location filename="../ui/shell/FailedRequestsIndicator.cpp" line="+47"/>
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
        <location filename="../ui/groups/GroupsPane.cpp" line="+284"/>
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
        <location filename="../domain/users/InvitationCsv.cpp" line="+90"/>
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
        <location filename="../ui/users/InviteDialog.cpp" line="+204"/>
        <source>%n address(es) imported from %1.</source>
        <translation>
            <numerusform>%n address imported from %1.</numerusform>
            <numerusform>%n addresses imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+150"/>
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
        <location filename="../ui/account/PasskeysPage.cpp" line="+90"/>
        <source>%n passkey(s).</source>
        <translation>
            <numerusform>%n passkey.</numerusform>
            <numerusform>%n passkeys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message numerus="yes">
        <location filename="../ui/partners/grants/RoleEditor.cpp" line="+348"/>
        <source>Paste %n grant(s)</source>
        <translation>
            <numerusform>Paste %n grant</numerusform>
            <numerusform>Paste %n grants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPane</name>
    <message numerus="yes">
        <location filename="../ui/roles/RolesPane.cpp" line="+231"/>
        <source>at most %n people</source>
        <translation>
            <numerusform>at most %n person</numerusform>
            <numerusform>at most %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Held by %n people: %1</source>
        <translation>
            <numerusform>Held by %n person: %1</numerusform>
            <numerusform>Held by %n people: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
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
    <name>UserExporter</name>
    <message numerus="yes">
        <location filename="../controllers/UserExporter.cpp" line="+103"/>
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
        <location filename="../ui/users/UsersPane.cpp" line="+411"/>
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
        <location line="+52"/>
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
</TS>
