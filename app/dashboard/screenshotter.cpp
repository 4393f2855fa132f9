// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "screenshotter.h"

#include "callconsole.h"
#include "dashboardlogging.h"
#include "dashboardsession.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "peerservers.h"

#include <QtGui/QPixmap>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTableView>

Screenshotter::Screenshotter(MainWindow *window, const QString &file, MainWindow::View view, int expectedInstances,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
    , m_view(view)
    , m_expected(expectedInstances)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &Screenshotter::poll);
}

void Screenshotter::start() { m_poll.start(); }

void Screenshotter::poll()
{
    DashboardSession *session = m_window->session();
    const int rows = session ? session->instances()->rowCount() : 0;
    // 15 s at most: a screenshot of a half-loaded fleet beats none.
    if (rows < m_expected && ++m_polls < 150)
        return;
    m_poll.stop();
    stage();
}

void Screenshotter::stage()
{
    m_window->setView(m_view);
    QTableView *table = m_window->instanceView();
    // An instance with metadata and a status worth seeing: the first ORDER-SERVICE one.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, InstanceTableModel::App);
        if (index.data().toString() == QLatin1String("ORDER-SERVICE")) {
            table->setCurrentIndex(index);
            break;
        }
    }
    if (m_view == MainWindow::View::Calls) {
        CallConsole *console = m_window->callConsole();
        console->setApplication(QStringLiteral("ORDER-SERVICE"));
        console->setPath(QStringLiteral("/actuator/health"));
        connect(console, &CallConsole::callFinished, this, [this] { QTimer::singleShot(100, this, &Screenshotter::shoot); });
        console->run();
        return;
    }
    if (m_view == MainWindow::View::Servers && m_window->session() && m_window->session()->peers()) {
        // Showing the view asked each server; the picture is of their answers.
        connect(m_window->session()->peers(), &PeerServers::compared, this, [this] { QTimer::singleShot(200, this, &Screenshotter::shoot); });
        return;
    }
    QTimer::singleShot(300, this, &Screenshotter::shoot); // let the details pane lay out
}

void Screenshotter::shoot()
{
    const QPixmap pixmap = m_window->grab();
    if (!pixmap.save(m_file, "PNG")) {
        qCCritical(lcDashboard).noquote() << "cannot write the screenshot" << m_file;
        QApplication::exit(1);
        return;
    }
    qCInfo(lcDashboard).noquote() << "screenshot written to" << m_file;
    QApplication::exit(0);
}
