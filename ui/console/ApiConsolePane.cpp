#include "ui/console/ApiConsolePane.h"

#include "domain/common/InputRules.h"
#include "domain/common/JsonPath.h"
#include "services/session/Session.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <climits>

namespace {

constexpr int operationRole = Qt::UserRole + 1;

// Reading in green, creating in blue, deleting in red, changing in amber.
Theme::Color methodColor(const QByteArray &method)
{
    if (method == "GET")
        return Theme::Color::SuccessText;
    if (method == "POST")
        return Theme::Color::InfoText;
    if (method == "DELETE")
        return Theme::Color::ErrorText;
    return Theme::Color::WarningText;
}

QPlainTextEdit *monospaceView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

// The first bytes of an answer that could not be used; the rest is counted, not shown.
QString rawBodyText(const ApiError &error)
{
    QString text = QString::fromUtf8(error.body);
    const qint64 more = error.bodySize - error.body.size();
    if (more > 0)
        text += QLatin1Char('\n') + ApiConsolePane::tr("(%n byte(s) more not shown)", nullptr,
                                                       int(qMin<qint64>(more, INT_MAX)));
    return text;
}

} // namespace

ApiConsolePane::ApiConsolePane(Session *session, QWidget *parent) : Pane(session, parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createOperationList());
    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->addWidget(createRequestArea());
    right->addWidget(createResponseArea());
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    fillTree();
    showOperation(nullptr);
}

QString ApiConsolePane::title() const
{
    return tr("API console");
}

void ApiConsolePane::focusSearch()
{
    m_leftTabs->setCurrentIndex(0);
    m_filter->setFocus();
    m_filter->selectAll();
}

QWidget *ApiConsolePane::createOperationList()
{
    m_leftTabs = new QTabWidget(this);
    auto *operations = new QWidget(m_leftTabs);
    auto *layout = new QVBoxLayout(operations);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(operations);
    m_filter->setPlaceholderText(tr("Filter operations (id, path, tag)…"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(operations);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, &ApiConsolePane::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, operationRole).toString().isEmpty())
            selectOperation(item->data(0, operationRole).toString());
    });
    m_leftTabs->addTab(operations, tr("Operations"));

    auto *history = new QWidget(m_leftTabs);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(4, 4, 4, 4);
    m_history = new QListWidget(history);
    auto *hint = new QLabel(tr("Calls sent in this run. Double-click to open one again."), history);
    hint->setWordWrap(true);
    auto *again = new QPushButton(tr("Open and send again"), history);
    historyLayout->addWidget(hint);
    historyLayout->addWidget(m_history);
    historyLayout->addWidget(again);
    connect(m_history, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { openHistoryEntry(m_history->row(item)); });
    connect(again, &QPushButton::clicked, this, [this] {
        if (m_history->currentRow() < 0)
            return;
        openHistoryEntry(m_history->currentRow());
        send();
    });
    m_leftTabs->addTab(history, tr("History"));
    return m_leftTabs;
}

QWidget *ApiConsolePane::createRequestArea()
{
    auto *box = new QGroupBox(tr("Request"), this);
    auto *layout = new QVBoxLayout(box);
    m_heading = new QLabel(box);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(box);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_parameterBox = new QWidget(box);
    m_parameterForm = new QFormLayout(m_parameterBox);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);
    m_parameterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_bodyLabel = new QLabel(tr("Body (JSON):"), box);
    m_body = new JsonEditor(box);
    m_body->setEmptyAllowed(true);

    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("Send"), box);
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_copyCurl = new QPushButton(tr("Copy as curl"), box);
    m_copyCli = new QPushButton(tr("Copy as epilot CLI"), box);
    m_showToken = new QCheckBox(tr("Put the real token in copies"), box);
    m_showToken->setToolTip(
        tr("Off: copied commands read the token from $EPILOT_TOKEN, so it stays out of chats "
           "and shell history."));
    buttons->addWidget(m_send);
    buttons->addSpacing(12);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_copyCli);
    buttons->addWidget(m_showToken);
    buttons->addStretch();

    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_parameterBox);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_body, 1);
    // Takes the room of the body editor when the operation has no body, so the form stays on top.
    m_spacer = new QWidget(box);
    m_spacer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_spacer, 1);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &ApiConsolePane::send);
    connect(m_copyCurl, &QPushButton::clicked, this,
            [this] { copyToClipboard(curlCommand(), tr("curl command")); });
    connect(m_copyCli, &QPushButton::clicked, this,
            [this] { copyToClipboard(cliCommand(), tr("epilot command")); });
    return box;
}

QWidget *ApiConsolePane::createResponseArea()
{
    auto *box = new QGroupBox(tr("Response"), this);
    auto *layout = new QVBoxLayout(box);
    m_status = new MessageWidget(MessageWidget::Style::Inline, box);
    m_status->showInfo(tr("Nothing sent yet."));
    m_responseTabs = new QTabWidget(box);
    auto *bodyPage = new QWidget(m_responseTabs);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    m_responseFilter = new QLineEdit(bodyPage);
    m_responseFilter->setPlaceholderText(tr("JSON path filter, e.g. $.results[*].email or ..id"));
    m_responseFilter->setClearButtonEnabled(true);
    m_response = monospaceView(bodyPage);
    bodyLayout->addWidget(m_responseFilter);
    bodyLayout->addWidget(m_response);
    m_headers = monospaceView(m_responseTabs);
    m_responseTabs->addTab(bodyPage, tr("Body"));
    m_responseTabs->addTab(m_headers, tr("Headers"));
    layout->addWidget(m_status);
    layout->addWidget(m_responseTabs, 1);
    connect(m_responseFilter, &QLineEdit::textChanged, this, &ApiConsolePane::showResponseText);
    return box;
}

void ApiConsolePane::fillTree()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Operation &operation : OperationCatalog::all()) {
        const QString apiKey = OperationCatalog::apiName(operation.api);
        QTreeWidgetItem *apiItem = groups.value(apiKey);
        if (!apiItem) {
            apiItem = new QTreeWidgetItem(
                m_tree, {QStringLiteral("%1  (epilot %2)")
                             .arg(OperationCatalog::apiTitle(operation.api), apiKey)});
            QFont bold = apiItem->font(0);
            bold.setBold(true);
            apiItem->setFont(0, bold);
            groups.insert(apiKey, apiItem);
        }
        const QString tagKey = apiKey + '/' + operation.tag;
        QTreeWidgetItem *tagItem = groups.value(tagKey);
        if (!tagItem) {
            tagItem = new QTreeWidgetItem(apiItem, {operation.tag});
            groups.insert(tagKey, tagItem);
        }
        auto *item = new QTreeWidgetItem(
            tagItem,
            {QStringLiteral("%1  %2").arg(QString::fromLatin1(operation.method).leftJustified(6),
                                          operation.operationId)});
        item->setData(0, operationRole, operation.operationId);
        item->setToolTip(
            0, QStringLiteral("%1 %2\n%3")
                   .arg(QString::fromLatin1(operation.method), operation.path, operation.summary));
        item->setForeground(0, Theme::color(methodColor(operation.method), palette()));
        item->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_tree->expandAll();
}

void ApiConsolePane::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem *apiItem = m_tree->topLevelItem(a);
        bool apiVisible = false;
        for (int t = 0; t < apiItem->childCount(); ++t) {
            QTreeWidgetItem *tagItem = apiItem->child(t);
            const bool tagMatches = tagItem->text(0).contains(needle, Qt::CaseInsensitive) ||
                                    apiItem->text(0).contains(needle, Qt::CaseInsensitive);
            bool tagVisible = false;
            for (int o = 0; o < tagItem->childCount(); ++o) {
                QTreeWidgetItem *item = tagItem->child(o);
                const bool visible = needle.isEmpty() || tagMatches ||
                                     item->text(0).contains(needle, Qt::CaseInsensitive) ||
                                     item->toolTip(0).contains(needle, Qt::CaseInsensitive);
                item->setHidden(!visible);
                tagVisible = tagVisible || visible;
            }
            tagItem->setHidden(!tagVisible);
            apiVisible = apiVisible || tagVisible;
        }
        apiItem->setHidden(!apiVisible);
    }
}

bool ApiConsolePane::selectOperation(const QString &operationId)
{
    const Operation *operation = OperationCatalog::find(operationId);
    if (!operation)
        return false;
    if (operation != m_operation)
        showOperation(operation);
    // Keep the tree's selection in step when called from code or the history.
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(0, operationRole).toString() == operationId) {
            if (m_tree->currentItem() != *it) {
                const QSignalBlocker blocker(m_tree);
                m_tree->setCurrentItem(*it);
            }
            break;
        }
    }
    return true;
}

QString ApiConsolePane::currentOperationId() const
{
    return m_operation ? m_operation->operationId : QString();
}

void ApiConsolePane::showOperation(const Operation *operation)
{
    m_operation = operation;
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_parameters.clear();
    const bool has = operation != nullptr;
    m_send->setEnabled(has);
    m_copyCurl->setEnabled(has);
    m_copyCli->setEnabled(has);
    if (!has) {
        m_heading->setText(tr("<b>Choose an operation on the left.</b>"));
        m_summary->setText(tr("All %1 operations of the User, Organization and Partner Directory "
                              "APIs are listed by API and tag, as `epilot <api>` lists them.")
                               .arg(OperationCatalog::all().size()));
        m_bodyLabel->hide();
        m_body->hide();
        m_spacer->show();
        return;
    }
    m_heading->setText(QStringLiteral("<b><span style='color:%1'>%2</span> %3</b> &nbsp; "
                                      "<span style='color:%6'>%4 · %5</span>")
                           .arg(Theme::name(methodColor(operation->method), palette()),
                                QString::fromLatin1(operation->method),
                                operation->path.toHtmlEscaped(), operation->operationId,
                                OperationCatalog::apiTitle(operation->api),
                                Theme::name(Theme::Color::MutedText, palette())));
    QString summary = operation->summary == operation->operationId ? QString() : operation->summary;
    if (!operation->authenticated)
        summary += (summary.isEmpty() ? QString() : QStringLiteral("  ")) +
                   tr("Public operation: sent without the token.");
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    for (const OperationParameter &parameter : operation->parameters) {
        auto *edit = new QLineEdit(m_parameterBox);
        edit->setPlaceholderText(QStringLiteral("%1%2").arg(
            parameter.type,
            parameter.description.isEmpty() ? QString() : " — " + parameter.description));
        edit->setToolTip(parameter.description);
        if (parameter.name == QLatin1String("org_id") || parameter.name == QLatin1String("orgId"))
            edit->setText(session()->organizationId());
        const QString label = QStringLiteral("%1 (%2)%3:")
                                  .arg(parameter.name, OperationCatalog::placeName(parameter.place),
                                       parameter.required ? QStringLiteral(" *") : QString());
        m_parameterForm->addRow(label, edit);
        m_parameters.insert(parameter.name, edit);
    }
    m_parameterBox->setVisible(!operation->parameters.isEmpty());
    m_bodyLabel->setVisible(operation->hasBody);
    m_body->setVisible(operation->hasBody);
    m_spacer->setVisible(!operation->hasBody);
    m_bodyLabel->setText(operation->bodyRequired ? tr("Body (JSON, required):")
                                                 : tr("Body (JSON, optional):"));
    m_body->setEmptyAllowed(!operation->bodyRequired);
    m_body->setText(operation->bodyExample);
}

void ApiConsolePane::setParameter(const QString &name, const QString &value)
{
    if (QLineEdit *edit = m_parameters.value(name))
        edit->setText(value);
}

OperationCall ApiConsolePane::currentCall() const
{
    OperationCall call(m_operation);
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it)
        call.values.insert(it.key(), it.value()->text());
    if (m_operation && m_operation->hasBody)
        call.body = m_body->text();
    return call;
}

void ApiConsolePane::send()
{
    const OperationCall call = currentCall();
    const QString problem = call.problem();
    // A body that is not JSON is shown at the body itself.
    const bool hasBody = call.operation() && call.operation()->hasBody;
    FieldMessage::report(m_body,
                         hasBody ? InputRules::json(m_body->text(), call.operation()->bodyRequired)
                                 : QString());
    if (!problem.isEmpty()) {
        m_status->showError(problem);
        return;
    }
    if (m_call)
        m_call->cancel();
    m_status->showInfo(
        tr("Sending %1 %2 …")
            .arg(QString::fromLatin1(call.operation()->method), call.resolvedPath()));
    m_response->clear();
    m_headers->clear();
    m_responseJson = QJsonValue::Undefined;
    m_responseRaw.clear();
    m_call = session()->client()->send(
        call.request(), this, [this, call](const ApiResult<ApiResponse> &result) {
            if (!result.ok()) {
                const ApiError &error = result.error();
                if (error.isCancelled())
                    return;
                const QString status =
                    error.httpStatus ? QString::number(error.httpStatus) : error.kindName();
                m_status->showError(QStringLiteral("%1   %2").arg(status, error.message));
                // What came back, as it came (damaged or not JSON included), as plain text.
                m_responseRaw = error.bodySize > 0              ? rawBodyText(error)
                                : error.serverMessage.isEmpty() ? error.message
                                                                : error.serverMessage;
                showResponseText();
                addHistory(call, status);
                emit callFinished(error.httpStatus);
                return;
            }
            const ApiResponse &response = result.value();
            m_status->showPositive(QStringLiteral("%1   %2 ms   %3 bytes")
                                       .arg(response.status)
                                       .arg(response.elapsedMs)
                                       .arg(response.body.size()));
            QStringList headers;
            for (const auto &[name, value] : response.headers)
                headers << QString::fromLatin1(name) + ": " + QString::fromLatin1(value);
            m_headers->setPlainText(headers.join('\n'));
            QJsonParseError parseError;
            const QJsonDocument wrapped =
                QJsonDocument::fromJson('[' + response.body + ']', &parseError);
            if (parseError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
                m_responseJson = wrapped.array().first();
            m_responseRaw = QString::fromUtf8(response.body);
            showResponseText();
            addHistory(call, QString::number(response.status));
            emit callFinished(response.status);
        });
}

void ApiConsolePane::showResponseText()
{
    if (m_responseJson.isUndefined()) {
        m_response->setPlainText(m_responseRaw);
        return;
    }
    const QString path = m_responseFilter->text().trimmed();
    if (path.isEmpty()) {
        m_response->setPlainText(JsonEditor::pretty(m_responseJson));
        return;
    }
    QString error;
    const QJsonValue narrowed = JsonPath::evaluate(m_responseJson, path, &error);
    if (!error.isEmpty())
        m_response->setPlainText(tr("Filter: %1").arg(error));
    else if (narrowed.isUndefined())
        m_response->setPlainText(tr("Nothing matches %1").arg(path));
    else
        m_response->setPlainText(JsonEditor::pretty(narrowed));
}

QString ApiConsolePane::tokenForCopies() const
{
    if (!m_showToken->isChecked())
        return {};
    return QString::fromUtf8(session()->client()->authorizationHeader().mid(7)); // "Bearer "
}

QString ApiConsolePane::curlCommand() const
{
    return currentCall().curlCommand(session()->client()->endpoints(), tokenForCopies());
}

QString ApiConsolePane::cliCommand() const
{
    return currentCall().cliCommand(session()->client()->endpoints(), tokenForCopies());
}

void ApiConsolePane::copyToClipboard(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_status->showInfo(tr("Copied the %1 to the clipboard.").arg(what));
}

void ApiConsolePane::addHistory(const OperationCall &call, const QString &outcome)
{
    m_entries.append({call, QDateTime::currentDateTime(), outcome});
    m_history->addItem(QStringLiteral("%1  %2 %3  → %4")
                           .arg(m_entries.last().sentAt.toString(QStringLiteral("HH:mm:ss")),
                                QString::fromLatin1(call.operation()->method),
                                call.operation()->operationId, outcome));
    m_history->item(m_history->count() - 1)->setToolTip(call.resolvedPath());
}

void ApiConsolePane::openHistoryEntry(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const OperationCall &call = m_entries.at(index).call;
    showOperation(nullptr); // rebuild the form even when the operation is the same
    selectOperation(call.operation()->operationId);
    for (auto it = call.values.begin(); it != call.values.end(); ++it)
        setParameter(it.key(), it.value());
    if (call.operation()->hasBody)
        m_body->setText(call.body);
}
