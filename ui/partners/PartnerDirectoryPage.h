#pragma once

#include "domain/partners/Assignable.h"
#include "ui/partners/PartnerPage.h"

class AssignableListModel;
class AssignableNameResolver;
class AvatarCache;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

// The directory of assignables (users, partner users, partner organizations, ECP placeholders,
// groups): a search, type filters, an organization filter and the paged results with avatars.
class PartnerDirectoryPage : public PartnerPage
{
    Q_OBJECT
public:
    explicit PartnerDirectoryPage(Session *session, QWidget *parent = nullptr);

    void load() override { search(); }
    void search();
    void setTypeFilter(const QStringList &types);
    void focusSearch();

    AssignableListModel *results() const { return m_model; }
    AssignableNameResolver *resolver() const { return m_resolver; }
    QTableView *resultView() const { return m_view; }
    QLabel *countLabel() const { return m_count; }

signals:
    void assignableChosen(const Assignable &assignable);
    // The empty list's action.
    void inviteRequested();

private:
    QStringList chosenTypes() const;
    void addEmptyState();
    void showCount();

    AssignableListModel *m_model;
    AssignableNameResolver *m_resolver;
    AvatarCache *m_avatars;
    QLineEdit *m_query;
    QList<QToolButton *> m_typeButtons;
    QLineEdit *m_organizationFilter;
    QTableView *m_view;
    QLabel *m_count;
};
