#pragma once

#include <QString>
#include <optional>

class QWidget;

// Asks before something that cannot be undone (a delete). Tests may set an automatic answer
// so no dialog blocks them; the application always shows the real question.
class Confirmation
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &actionText);
    static void setAutomaticAnswer(std::optional<bool> answer);
    // How many questions were asked (answered automatically or not); for tests.
    static int askedCount();
    // The text of the last question asked (answered automatically or not); for tests that check
    // what a person is asked, e.g. that it names the company and not an id.
    static QString lastQuestion();
};
