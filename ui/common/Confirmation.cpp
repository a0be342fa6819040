#include "ui/common/Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace {
std::optional<bool> automaticAnswer;
int asked = 0;
QString lastText;
} // namespace

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text,
                       const QString &actionText)
{
    ++asked;
    lastText = text;
    if (automaticAnswer)
        return *automaticAnswer;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *action = box.addButton(actionText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == action;
}

void Confirmation::setAutomaticAnswer(std::optional<bool> answer)
{
    automaticAnswer = answer;
}

int Confirmation::askedCount()
{
    return asked;
}

QString Confirmation::lastQuestion()
{
    return lastText;
}
