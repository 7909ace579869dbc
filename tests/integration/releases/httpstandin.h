// SPDX-License-Identifier: GPL-3.0-or-later
// A local stand-in for a web API in tests (GitHub, a Mastodon instance): 127.0.0.1 on a free port, each
// request handed to the test once its headers are complete.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace Steward::Test {

// Listens on 127.0.0.1 and calls answer(socket, request) for every request; answer writes the reply (and
// may close the socket or keep it open to play a slow server). Returns false when it cannot listen.
inline bool serveHttp(QTcpServer &server,
                      QObject *context,
                      std::function<void(QTcpSocket *socket, const QByteArray &request)> answer)
{
    if (!server.isListening() && !server.listen(QHostAddress::LocalHost))
        return false;
    QObject::connect(&server, &QTcpServer::newConnection, context, [&server, answer] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, answer] {
                *buffer += socket->readAll();
                if (buffer->contains("\r\n\r\n"))
                    answer(socket, *buffer);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

// A complete HTTP/1.1 reply that closes the connection; headers are more header lines, each ending in
// CR LF.
inline QByteArray httpReply(const QByteArray &status,
                            const QByteArray &body,
                            const QByteArray &contentType = "application/json",
                            const QByteArray &headers = {})
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n" + headers
           + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
           + body;
}

} // namespace Steward::Test
