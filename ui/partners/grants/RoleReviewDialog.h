#pragma once

#include "domain/grants/GrantFinding.h"
#include "domain/grants/RoleReview.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QPushButton;

// Shows, before a role is saved, what changes on the server field by field, and the security
// warnings; saving needs an explicit tick when there are warnings. Tests may answer it
// automatically (the real dialog is always shown in the application).
class RoleReviewDialog : public QDialog
{
    Q_OBJECT
public:
    RoleReviewDialog(const QString &roleName, const RoleReview &review,
                     const QList<GrantFinding> &warnings, QWidget *parent = nullptr);

    // Asks without a nested event loop: the dialog opens window-modal and `done(save)` runs
    // once it is answered (an automatic answer on the next turn of the event loop), never after
    // `context` is destroyed.
    static void review(QWidget *parent, const QString &roleName, const RoleReview &review,
                       const QList<GrantFinding> &warnings, QObject *context,
                       std::function<void(bool save)> done);
    static void setAutomaticAnswer(std::optional<bool> answer);
    static QStringList lastShownLines();

private:
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_save = nullptr;
};
