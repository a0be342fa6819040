#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// A CSV file of people to invite: the addresses and which of its other columns the invitation
// cannot carry. The User API's invitation (UserInvitationPayload) takes only an e-mail address,
// a language and roles, so columns such as name or department are named as not used instead of
// being dropped without a word.
class InvitationCsv
{
    Q_DECLARE_TR_FUNCTIONS(InvitationCsv)
public:
    QStringList addresses;
    QStringList unusedColumns; // headers of the columns that are not imported, as in the file
    // The column headed roles (or role): role names or slugs separated by ';', per address.
    bool hasRolesColumn = false;
    QHash<QString, QString> roleCells; // lower-cased address → the cell as written
    QHash<QString, int> lines;         // lower-cased address → its line in the file (1: header)

    // The column headed e-mail/email/mail, else any cell with an @. Separator , or ; (whichever
    // the header line has more of, a ; inside the roles cell aside); cells may be quoted
    // ("Doe, Jane"; "Sales; Support").
    static InvitationCsv parse(const QByteArray &csv);

    // "The columns "name", "department" are not used: …"; empty when every column is used.
    QString unusedColumnsNote() const;
};
