// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registryserver/httprequestparser.h"

#include <QtTest/QTest>

using namespace Eureka;
using State = HttpRequestParser::State;

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWholeOrByteByByte_data();
    void parsesWholeOrByteByByte();
    void pipelinedRequests();
    void rejects_data();
    void rejects();
};

namespace {
// Feeds \a input in pieces of \a step bytes and collects the requests.
QList<HttpRequest> parseAll(const QByteArray &input, qsizetype step, State *last)
{
    HttpRequestParser parser(HttpRequestParser::Limits{});
    QList<HttpRequest> requests;
    *last = State::NeedMore;
    for (qsizetype i = 0; i < input.size(); i += step) {
        parser.feed(QByteArrayView(input).sliced(i, qMin(step, input.size() - i)));
        for (;;) {
            *last = parser.next();
            if (*last == State::RequestReady)
                requests.append(parser.takeRequest());
            else
                break;
        }
        if (*last == State::Error)
            break;
    }
    return requests;
}
} // namespace

void tst_HttpRequestParser::parsesWholeOrByteByByte_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("GET") << QByteArray("GET /eureka/apps HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n")
                         << QByteArray("GET") << QByteArray("/eureka/apps") << QByteArray() << true;
    QTest::newRow("content-length body") << QByteArray("POST /eureka/apps/A HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
                                         << QByteArray("POST") << QByteArray("/eureka/apps/A") << QByteArray("hello") << true;
    QTest::newRow("chunked body with extension and trailer")
        << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nhel\r\n2\r\nlo\r\n0\r\nX-Trailer: y\r\n\r\n")
        << QByteArray("POST") << QByteArray("/x") << QByteArray("hello") << true;
    QTest::newRow("HTTP/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/") << QByteArray() << false;
    QTest::newRow("Connection: close") << QByteArray("DELETE /a%3Ab HTTP/1.1\r\nConnection: close\r\n\r\n")
                                       << QByteArray("DELETE") << QByteArray("/a:b") << QByteArray() << false;
}

void tst_HttpRequestParser::parsesWholeOrByteByByte()
{
    QFETCH(QByteArray, input);
    for (qsizetype step : {input.size(), qsizetype(1), qsizetype(7)}) {
        State last;
        const QList<HttpRequest> requests = parseAll(input, step, &last);
        QCOMPARE(requests.size(), 1);
        QTEST(requests.at(0).method, "method");
        QTEST(requests.at(0).path, "path");
        QTEST(requests.at(0).body, "body");
        QTEST(requests.at(0).keepAlive, "keepAlive");
    }
}

void tst_HttpRequestParser::pipelinedRequests()
{
    const QByteArray input = "PUT /a?status=UP&lastDirtyTimestamp=5 HTTP/1.1\r\nContent-Length: 0\r\n\r\n"
                             "GET /b HTTP/1.1\r\n\r\n";
    State last;
    const QList<HttpRequest> requests = parseAll(input, input.size(), &last);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).query.queryItemValue(QStringLiteral("lastDirtyTimestamp")), QStringLiteral("5"));
    QCOMPARE(requests.at(1).path, QByteArray("/b"));
    QCOMPARE(last, State::NeedMore);
}

void tst_HttpRequestParser::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nnonsense\r\n\r\n") << 400;
    QTest::newRow("huge header") << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(20000, 'a')) << 431;
    QTest::newRow("huge body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n") << 413;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("smuggling") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
    QTest::newRow("chunks too large") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFF\r\n") << 413;
    QTest::newRow("gzip transfer coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
}

void tst_HttpRequestParser::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    HttpRequestParser parser(HttpRequestParser::Limits{});
    parser.feed(input);
    QCOMPARE(parser.next(), State::Error);
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY(!parser.errorReason().isEmpty());
    QCOMPARE(parser.next(), State::Error); // stays failed
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
