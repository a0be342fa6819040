#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <map>
#include <memory>

// A document store: named collections of JSON objects keyed by id, kept in insertion order.
// Everything is held in memory; with a SQLite path every put()/remove() is written through and
// committed before it returns (outside a batch), so an answer is only sent for stored data.
class EmulatorStore
{
public:
    EmulatorStore();
    ~EmulatorStore();
    EmulatorStore(const EmulatorStore &) = delete;
    EmulatorStore &operator=(const EmulatorStore &) = delete;

    bool open(const QString &sqlitePath, QString *error);                // empty path = memory only
    QJsonObject get(const QString &collection, const QString &id) const; // {} when missing
    bool contains(const QString &collection, const QString &id) const;
    QList<QJsonObject> all(const QString &collection) const; // insertion order
    // Visits the documents in insertion order without copying the collection; stops when the
    // visitor returns false. The visitor must not change the store.
    void forEach(const QString &collection,
                 const std::function<bool(const QJsonObject &)> &visitor) const;
    qsizetype count(const QString &collection) const;
    // Grows with every put/remove/clear: lets readers cache what they derived from the store.
    quint64 revision() const { return m_revision; }
    void put(const QString &collection, const QString &id, const QJsonObject &document);
    bool remove(const QString &collection, const QString &id);
    void beginBatch();
    void commitBatch();
    bool isEmpty() const; // true → seed

    // Emulator-only: drop every document of every collection (POST /emulator/reset).
    void clear();
    bool isPersistent() const { return m_database.isValid(); }

private:
    struct Collection
    {
        QHash<QString, qint64> sequenceOf;
        std::map<qint64, QJsonObject> documents; // by insertion sequence
    };
    bool loadAll(QString *error);
    void reportSqlError(const QSqlQuery &query) const;

    QHash<QString, Collection> m_collections;
    quint64 m_revision = 0;
    qint64 m_nextSequence = 1;
    int m_batchDepth = 0;
    QString m_connectionName;
    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_delete;
};
