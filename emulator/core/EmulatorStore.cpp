#include "emulator/core/EmulatorStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>
#include <QtDebug>

EmulatorStore::EmulatorStore() = default;

EmulatorStore::~EmulatorStore()
{
    m_upsert.reset();
    m_delete.reset();
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool EmulatorStore::open(const QString &sqlitePath, QString *error)
{
    if (sqlitePath.isEmpty())
        return true;
    m_connectionName = QStringLiteral("emulator-store-") + QUuid::createUuid().toString();
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(sqlitePath);
    if (!m_database.open()) {
        if (error)
            *error = m_database.lastError().text();
        return false;
    }
    QSqlQuery setup(m_database);
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS documents (collection TEXT NOT NULL, "
                       "id TEXT NOT NULL, sequence INTEGER NOT NULL, body BLOB NOT NULL, "
                       "PRIMARY KEY (collection, id))"),
    };
    for (const QString &statement : statements) {
        if (!setup.exec(statement)) {
            if (error)
                *error = setup.lastError().text();
            return false;
        }
    }
    m_upsert = std::make_unique<QSqlQuery>(m_database);
    m_upsert->prepare(
        QStringLiteral("INSERT INTO documents (collection, id, sequence, body) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body"));
    m_delete = std::make_unique<QSqlQuery>(m_database);
    m_delete->prepare(QStringLiteral("DELETE FROM documents WHERE collection = ? AND id = ?"));
    return loadAll(error);
}

bool EmulatorStore::loadAll(QString *error)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT collection, id, sequence, body FROM documents"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString collection = query.value(0).toString();
        const QString id = query.value(1).toString();
        const qint64 sequence = query.value(2).toLongLong();
        const QJsonObject document = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
        Collection &target = m_collections[collection];
        target.sequenceOf.insert(id, sequence);
        target.documents.emplace(sequence, document);
        m_nextSequence = qMax(m_nextSequence, sequence + 1);
    }
    return true;
}

QJsonObject EmulatorStore::get(const QString &collection, const QString &id) const
{
    const auto found = m_collections.constFind(collection);
    if (found == m_collections.constEnd())
        return {};
    const auto sequence = found->sequenceOf.constFind(id);
    if (sequence == found->sequenceOf.constEnd())
        return {};
    return found->documents.at(*sequence);
}

bool EmulatorStore::contains(const QString &collection, const QString &id) const
{
    const auto found = m_collections.constFind(collection);
    return found != m_collections.constEnd() && found->sequenceOf.contains(id);
}

QList<QJsonObject> EmulatorStore::all(const QString &collection) const
{
    QList<QJsonObject> result;
    const auto found = m_collections.constFind(collection);
    if (found == m_collections.constEnd())
        return result;
    result.reserve(qsizetype(found->documents.size()));
    for (const auto &entry : found->documents)
        result.append(entry.second);
    return result;
}

void EmulatorStore::forEach(const QString &collection,
                            const std::function<bool(const QJsonObject &)> &visitor) const
{
    const auto found = m_collections.constFind(collection);
    if (found == m_collections.constEnd())
        return;
    for (const auto &entry : found->documents) {
        if (!visitor(entry.second))
            return;
    }
}

qsizetype EmulatorStore::count(const QString &collection) const
{
    const auto found = m_collections.constFind(collection);
    return found == m_collections.constEnd() ? 0 : found->sequenceOf.size();
}

void EmulatorStore::put(const QString &collection, const QString &id, const QJsonObject &document)
{
    Collection &target = m_collections[collection];
    auto sequence = target.sequenceOf.constFind(id);
    qint64 value = 0;
    if (sequence == target.sequenceOf.constEnd()) {
        value = m_nextSequence++;
        target.sequenceOf.insert(id, value);
    } else {
        value = *sequence;
    }
    target.documents[value] = document;
    ++m_revision;
    if (!m_upsert)
        return;
    m_upsert->bindValue(0, collection);
    m_upsert->bindValue(1, id);
    m_upsert->bindValue(2, value);
    m_upsert->bindValue(3, QJsonDocument(document).toJson(QJsonDocument::Compact));
    if (!m_upsert->exec())
        reportSqlError(*m_upsert);
}

bool EmulatorStore::remove(const QString &collection, const QString &id)
{
    auto found = m_collections.find(collection);
    if (found == m_collections.end())
        return false;
    const auto sequence = found->sequenceOf.constFind(id);
    if (sequence == found->sequenceOf.constEnd())
        return false;
    found->documents.erase(*sequence);
    found->sequenceOf.erase(sequence);
    ++m_revision;
    if (m_delete) {
        m_delete->bindValue(0, collection);
        m_delete->bindValue(1, id);
        if (!m_delete->exec())
            reportSqlError(*m_delete);
    }
    return true;
}

void EmulatorStore::beginBatch()
{
    if (m_batchDepth++ == 0 && m_database.isValid())
        m_database.transaction();
}

void EmulatorStore::commitBatch()
{
    if (m_batchDepth == 0)
        return;
    if (--m_batchDepth == 0 && m_database.isValid() && !m_database.commit())
        qWarning("emulator store: commit failed: %s", qPrintable(m_database.lastError().text()));
}

bool EmulatorStore::isEmpty() const
{
    for (const Collection &collection : m_collections) {
        if (!collection.sequenceOf.isEmpty())
            return false;
    }
    return true;
}

void EmulatorStore::clear()
{
    m_collections.clear();
    ++m_revision;
    if (m_database.isValid()) {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("DELETE FROM documents")))
            reportSqlError(query);
    }
}

void EmulatorStore::reportSqlError(const QSqlQuery &query) const
{
    qWarning("emulator store: %s", qPrintable(query.lastError().text()));
}
