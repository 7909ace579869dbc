// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace Steward {

// Starts (or reuses) the lab while the window runs: what `steward --lab` does before its window
// (LabCommand::prepareGui), without blocking the GUI thread: `steward-lab start`, then `steward-lab
// inventory`, each a QProcess followed from the event loop. progress() gives the script's lines as they come.
// cancel() stops the script (TERM, then KILL after five seconds); what it left half made is finished by the
// next start, which reuses the lab.
class LabStarter : public QObject
{
    Q_OBJECT

public:
    explicit LabStarter(QObject *parent = nullptr);
    ~LabStarter() override;

    // Whether the lab's script is there (a source build, or the installed package).
    static bool isAvailable();

    void start();
    // Readies the lab for a lesson: resets it first when asked (a clean lab: stop, remove its state, start
    // again), starts it, then switches the listed faults on and every other off (`steward-lab faults
    // --only`); started() follows, as for start(). An unknown fault name fails there (failed(), with the
    // lab's message naming the known ones).
    void prepare(bool reset, const QStringList &faultsOn);
    void cancel();
    bool isRunning() const { return m_process != nullptr; }

signals:
    void progress(const QString &line);
    // The lab runs: its inventory file (beside it, ssh/known_hosts holds its host key).
    void started(const QString &inventoryPath);
    void failed(const QString &message);
    void canceled();

private:
    enum class Step { Reset, Start, Fault, Inventory };
    struct Pending
    {
        Step step;
        QStringList arguments; // after the script's path
    };
    // Runs the steps in order (nothing when the script runs already, failed() when it is missing).
    void launch(const QList<Pending> &steps);
    void run(const Pending &next);
    void next();
    void finished(int exitCode, bool crashed);
    void stop();

    std::unique_ptr<QProcess> m_process;
    QList<Pending> m_queue; // what runs after the current step
    Step m_step = Step::Start;
    QByteArray m_output;
    QString m_lastLine;
};

} // namespace Steward
