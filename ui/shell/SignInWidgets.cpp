#include "ui/shell/SignInWidgets.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace SignInWidgets {

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    label->setWordWrap(true);
    // Hints and messages may carry server, keychain or callback text: never rendered as HTML.
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *sectionHeading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // a profile's name, as typed
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

bool askKeepForSession(QWidget *parent, const QString &problem)
{
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("SignInDialog", "Token not stored"), problem,
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate(
        "SignInDialog", "epilot Admin never writes a token in plain text. You can keep "
                        "the token in memory until you quit; you will have to sign in "
                        "again next time."));
    QPushButton *keep =
        box.addButton(QCoreApplication::translate("SignInDialog", "Keep for this run only"),
                      QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == keep;
}

bool askOtherAccount(QWidget *parent, const QString &question)
{
    return QMessageBox::question(
               parent, QCoreApplication::translate("SignInDialog", "Another account"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace SignInWidgets
