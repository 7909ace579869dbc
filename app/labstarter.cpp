// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/labstarter.h"

#include "app/labcommand.h"
#include "app/tr.h"

#include <QFileInfo>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Steward {

namespace {
// A first start makes the lab's database (a minute or two on a slow machine); a reused lab answers at once.
constexpr int startTimeoutMs = 10 * 60 * 1000;
} // namespace

LabStarter::LabStarter(QObject *parent)
    : QObject(parent)
{}

LabStarter::~LabStarter()
{
    // Leaving: the script is stopped now, not from an event loop that is ending.
    if (m_process) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

bool LabStarter::isAvailable()
{
    return QFileInfo::exists(LabCommand::script());
}

void LabStarter::start()
{
    launch({{Step::Start, {u"start"_s}}, {Step::Inventory, {u"inventory"_s}}});
}

void LabStarter::prepare(bool reset, const QStringList &faultsOn)
{
    QList<Pending> steps;
    if (reset)
        steps.append({Step::Reset, {u"reset"_s}});
    steps.append({Step::Start, {u"start"_s}});
    // The lab knows its faults: exactly these on, every other off, in one call (an unknown name is refused
    // there, with the list of the known ones).
    steps.append({Step::Fault, QStringList{u"faults"_s, u"--only"_s} + faultsOn});
    steps.append({Step::Inventory, {u"inventory"_s}});
    launch(steps);
}

void LabStarter::launch(const QList<Pending> &steps)
{
    if (m_process)
        return;
    if (!isAvailable()) {
        emit failed(
            App::Tr::tr("The lab is not installed (%1 is missing).").arg(LabCommand::script()));
        return;
    }
    m_queue = steps;
    next();
}

void LabStarter::next()
{
    if (m_queue.isEmpty())
        return;
    run(m_queue.takeFirst());
}

void LabStarter::run(const Pending &pending)
{
    const Step step = pending.step;
    m_step = step;
    m_output.clear();
    m_lastLine.clear();
    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    // The lab's daemons must not keep Steward's descriptors; the script closes them itself too.
    process->setUnixProcessParameters(QProcess::UnixProcessFlag::CloseFileDescriptors);
    const bool talks = step == Step::Start || step == Step::Reset || step == Step::Fault;
    process->setProcessChannelMode(talks ? QProcess::MergedChannels : QProcess::SeparateChannels);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        m_output += process->readAllStandardOutput();
        if (m_step == Step::Inventory)
            return;
        // The script's progress, a line at a time ("steward-lab: creating a new lab in …").
        qsizetype end;
        while ((end = m_output.indexOf('\n')) >= 0) {
            const QString line = QString::fromLocal8Bit(m_output.left(end)).trimmed();
            m_output.remove(0, end + 1);
            if (!line.isEmpty()) {
                m_lastLine = line;
                emit progress(line);
            }
        }
        if (m_output.size() > 65536)
            m_output = m_output.right(4096);
    });
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        finished(exitCode, status != QProcess::NormalExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = process->errorString();
        m_process.release()->deleteLater();
        m_queue.clear();
        emit failed(App::Tr::tr("bash could not be run: %1").arg(message));
    });
    auto *timeout = new QTimer(process);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, process] {
        process->disconnect(this);
        process->kill();
        m_process.release()->deleteLater();
        m_queue.clear();
        emit failed(App::Tr::tr("the lab did not start within ten minutes"));
    });
    timeout->start(startTimeoutMs);
    process->start(u"bash"_s, QStringList{LabCommand::script()} + pending.arguments);
    process->closeWriteChannel();
}

void LabStarter::finished(int exitCode, bool crashed)
{
    if (!m_process)
        return;
    m_output += m_process->readAllStandardOutput();
    const QString errors = m_process->processChannelMode() == QProcess::MergedChannels
                               ? QString()
                               : QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    m_process.release()->deleteLater();
    if (crashed || exitCode != 0) {
        m_queue.clear();
        QString why = QString::fromLocal8Bit(m_output).trimmed();
        if (why.isEmpty())
            why = errors.isEmpty() ? m_lastLine : errors;
        why = why.section(u'\n', -3); // the last lines say what went wrong
        emit failed(why.isEmpty() ? App::Tr::tr("steward-lab ended with status %1").arg(exitCode)
                                  : why);
        return;
    }
    if (m_step != Step::Inventory) {
        next();
        return;
    }
    const QString path = QString::fromLocal8Bit(m_output).trimmed();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_queue.clear();
        emit failed(App::Tr::tr("the lab did not say where its inventory is"));
        return;
    }
    emit started(path);
}

void LabStarter::cancel()
{
    if (!m_process)
        return;
    stop();
    emit canceled();
}

void LabStarter::stop()
{
    if (!m_process)
        return;
    m_queue.clear();
    QProcess *process = m_process.release();
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // TERM first, so that the script's children are not left mid-write; KILL if it does not go.
    process->terminate();
    QTimer::singleShot(5000, process, [process] { process->kill(); });
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
}

} // namespace Steward
