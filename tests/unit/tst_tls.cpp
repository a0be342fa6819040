// TLS and redirects (issue 7) against a real loopback HTTPS server (QTcpServer + QSslSocket; Qt 6.4
// has no QSslServer) with a self-signed certificate made by openssl at test time:
// certificate errors are never ignored and the message names host and reason; once the
// certificate is trusted, an https → http redirect is refused and the http server sees nothing.
#include "services/network/ApiClient.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace {

// Answers every request on one connection: /v2/users/me with JSON, /moved with a redirect to
// `redirectTarget`.
class HttpsServer : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    QByteArray redirectTarget;
    int requests = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            ++requests;
            const QByteArray path = request.split(' ').value(1);
            if (path.startsWith("/moved")) {
                socket->write("HTTP/1.1 302 Found\r\nLocation: " + redirectTarget +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            } else {
                const QByteArray body = R"({"id":"1"})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                              body);
            }
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

// Plain HTTP: counts connections, answers nothing useful.
class CountingServer : public QTcpServer
{
public:
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    }
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    HttpsServer m_https;
    CountingServer m_http;

    std::optional<ApiResult<ApiResponse>> get(const QString &path)
    {
        QNetworkAccessManager network; // no connection or TLS state carried between cases
        ApiClient client(&network);
        ApiEndpoints endpoints = ApiEndpoints::defaults();
        endpoints.user = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_https.serverPort()));
        client.setEndpoints(endpoints);
        client.setToken(QStringLiteral("tls-test-token"));
        std::optional<ApiResult<ApiResponse>> result;
        client.send(ApiRequest::get(Api::User, path), this,
                    [&result](const ApiResult<ApiResponse> &r) { result.emplace(r); });
        QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QVERIFY(m_directory.isValid());
        const QString keyPath = m_directory.filePath("key.pem");
        const QString certificatePath = m_directory.filePath("cert.pem");
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                       "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                       keyPath, "-out", certificatePath});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_https.key = QSslKey(keyFile.readAll(), QSsl::Rsa);
        const auto certificates = QSslCertificate::fromPath(certificatePath);
        QCOMPARE(certificates.size(), 1);
        m_https.certificate = certificates.first();
        QVERIFY(m_https.listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_http.listen(QHostAddress::LocalHost, 0));
        m_https.redirectTarget =
            QStringLiteral("http://127.0.0.1:%1/landing").arg(m_http.serverPort()).toUtf8();
    }

    void selfSignedCertificateIsRefusedWithHostAndReason()
    {
        const auto result = get(QStringLiteral("/v2/users/me"));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Tls);
        const QString message = result->error().message;
        QVERIFY2(message.contains("127.0.0.1"), qPrintable(message));
        QVERIFY2(message.contains("self signed", Qt::CaseInsensitive) ||
                     message.contains("self-signed", Qt::CaseInsensitive),
                 qPrintable(message));
    }

    void httpsToHttpRedirectIsRefused()
    {
        // Trust the test certificate the ordinary way (CA list), never by ignoring errors.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_https.certificate);
        QSslConfiguration::setDefaultConfiguration(configuration);

        const auto trusted = get(QStringLiteral("/v2/users/me"));
        QVERIFY(trusted.has_value());
        QVERIFY2(trusted->ok(),
                 trusted->ok() ? ""
                               : qPrintable(trusted->error().message)); // the server itself works

        const auto redirected = get(QStringLiteral("/moved"));
        QVERIFY(redirected.has_value());
        QVERIFY(!redirected->ok());
        QVERIFY(!redirected->error().message.isEmpty());
        QCOMPARE(m_http.connections, 0); // nothing, and so no token, reached plain http
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
