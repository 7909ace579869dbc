// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composediff.h"

#include "core/tr.h"

#include <QFile>

#include <git2.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Steward::Compose {
namespace {

// libgit2 needs git_libgit2_init() once before use; we never shut it down (process lifetime).
void ensureLibgit2()
{
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

git_diff_options diffOptions(int contextLines)
{
    git_diff_options options;
    git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
    options.flags = GIT_DIFF_PATIENCE | GIT_DIFF_FORCE_TEXT;
    options.context_lines = static_cast<uint32_t>(contextLines);
    options.interhunk_lines = 0;
    return options;
}

// One QString per line, decoded straight from the bytes (no whole-file QString in between).
QStringList splitLines(QByteArrayView text)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    lines.reserve(text.count('\n') + 1);
    const qsizetype n = text.size();
    for (qsizetype start = 0; start < n;) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = n;
        lines.append(QString::fromUtf8(text.sliced(start, end - start)));
        start = end + 1;
    }
    return lines;
}

// CR LF and lone CR as LF.
QByteArray normaliseLineEnds(QByteArrayView data, bool *hadCrlf)
{
    QByteArray out(data.size(), Qt::Uninitialized);
    char *w = out.data();
    const char *r = data.data();
    const char *end = r + data.size();
    for (; r < end; ++r) {
        if (*r != '\r') {
            *w++ = *r;
        } else if (r + 1 < end && r[1] == '\n') {
            *hadCrlf = true; // the LF that follows is copied next
        } else {
            *w++ = '\n';
        }
    }
    out.truncate(w - out.constData());
    return out;
}

} // namespace

Result<Document> Document::fromBytes(const QByteArray &bytes, const QString &name)
{
    QByteArrayView data(bytes);
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    if (bom)
        data = data.sliced(3);
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        return Error{Core::Tr::tr("%1 is a binary file (a NUL byte at offset %2), not a "
                                  "docker-compose.yml.")
                         .arg(name)
                         .arg(nul)};
    }
    if (!data.isValidUtf8())
        return Error{
            Core::Tr::tr("%1 is not UTF-8 text; a binary file cannot be compared.").arg(name)};
    Document doc;
    doc.name = name;
    doc.hadBom = bom;
    doc.raw = bytes;
    if (data.contains('\r'))
        doc.text = normaliseLineEnds(data, &doc.hadCrlf);
    else if (data.size() == bytes.size())
        doc.text = bytes; // implicitly shared: no copy of the file
    else
        doc.text = data.toByteArray();
    doc.lines = splitLines(doc.text);
    return doc;
}

QByteArray Document::withOriginalEncoding(const QByteArray &lfText) const
{
    QByteArray out;
    if (hadBom)
        out = "\xEF\xBB\xBF";
    if (!hadCrlf)
        return out.isEmpty() ? lfText : out + lfText;
    out.reserve(out.size() + lfText.size() + lfText.count('\n'));
    for (const char c : lfText) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

Result<Document> Document::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Core::Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return fromBytes(file.readAll(), path);
}

LineDiff diffTexts(const QByteArray &oldText,
                   const QByteArray &newText,
                   const QString &oldLabel,
                   const QString &newLabel,
                   DiffOutput output)
{
    ensureLibgit2();
    LineDiff result;
    if (oldText == newText)
        return result;
    const git_diff_options options = diffOptions(3);
    const QByteArray oldPath = oldLabel.isEmpty() ? QByteArray("old") : oldLabel.toUtf8();
    const QByteArray newPath = newLabel.isEmpty() ? QByteArray("new") : newLabel.toUtf8();
    git_patch *rawPatch = nullptr;
    if (git_patch_from_buffers(&rawPatch,
                               oldText.constData(),
                               size_t(oldText.size()),
                               oldPath.constData(),
                               newText.constData(),
                               size_t(newText.size()),
                               newPath.constData(),
                               &options)
        != 0)
        return result;
    std::unique_ptr<git_patch, decltype(&git_patch_free)> patch(rawPatch, &git_patch_free);

    // xdiff separates two changes by at least one common line, so each run of removed and added lines
    // between context lines is one change, exactly the hunks a diff without context would give.
    const size_t hunkCount = git_patch_num_hunks(patch.get());
    for (size_t h = 0; h < hunkCount; ++h) {
        const git_diff_hunk *hunk = nullptr;
        size_t lineCount = 0;
        if (git_patch_get_hunk(&hunk, &lineCount, patch.get(), h) != 0)
            continue;
        // Git numbers an empty side by the line before it; a non-empty side by its first line.
        int oldNext = hunk->old_lines == 0 ? hunk->old_start : hunk->old_start - 1;
        int newNext = hunk->new_lines == 0 ? hunk->new_start : hunk->new_start - 1;
        std::optional<Change> run;
        auto flush = [&] {
            if (run)
                result.changes.append(*run);
            run.reset();
        };
        for (size_t l = 0; l < lineCount; ++l) {
            const git_diff_line *line = nullptr;
            if (git_patch_get_line_in_hunk(&line, patch.get(), h, l) != 0)
                continue;
            switch (line->origin) {
            case GIT_DIFF_LINE_CONTEXT:
                flush();
                ++oldNext;
                ++newNext;
                break;
            case GIT_DIFF_LINE_DELETION:
                if (!run)
                    run = Change{oldNext, 0, newNext, 0};
                ++run->oldCount;
                ++oldNext;
                break;
            case GIT_DIFF_LINE_ADDITION:
                if (!run)
                    run = Change{oldNext, 0, newNext, 0};
                ++run->newCount;
                ++newNext;
                break;
            default: // "\ No newline at end of file" markers are not lines
                break;
            }
        }
        flush();
    }
    if (output == DiffOutput::ChangesAndPatch) {
        git_buf buf = GIT_BUF_INIT;
        if (git_patch_to_buf(&buf, patch.get()) == 0)
            result.patch = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
        git_buf_dispose(&buf);
    }
    return result;
}

QList<Change> diffLines(const QByteArray &oldText, const QByteArray &newText)
{
    return diffTexts(oldText, newText, {}, {}, DiffOutput::Changes).changes;
}

QString unifiedPatch(const QByteArray &oldText,
                     const QByteArray &newText,
                     const QString &oldLabel,
                     const QString &newLabel)
{
    return diffTexts(oldText, newText, oldLabel, newLabel).patch;
}

namespace {

struct Token
{
    int start;
    int length;
};

QList<Token> tokenize(const QString &line, Granularity granularity)
{
    QList<Token> tokens;
    const int n = int(line.size());
    int i = 0;
    while (i < n) {
        int j = i + 1;
        if (granularity == Granularity::Words) {
            const QChar c = line.at(i);
            if (c.isLetterOrNumber() || c == u'_') {
                while (j < n && (line.at(j).isLetterOrNumber() || line.at(j) == u'_'))
                    ++j;
            } else if (c.isSpace()) {
                while (j < n && line.at(j).isSpace())
                    ++j;
            }
        }
        tokens.append({i, j - i});
        i = j;
    }
    return tokens;
}

void appendSpan(QList<Span> &spans, int start, int length)
{
    if (length <= 0)
        return;
    if (!spans.isEmpty() && spans.last().start + spans.last().length == start)
        spans.last().length += length;
    else
        spans.append({start, length});
}

} // namespace

IntralineChanges intralineChanges(const QString &oldLine,
                                  const QString &newLine,
                                  Granularity granularity)
{
    const QList<Token> a = tokenize(oldLine, granularity);
    const QList<Token> b = tokenize(newLine, granularity);
    auto same = [&](int i, int j) {
        return QStringView(oldLine).mid(a[i].start, a[i].length)
               == QStringView(newLine).mid(b[j].start, b[j].length);
    };
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && same(prefix, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && same(int(a.size()) - 1 - suffix, int(b.size()) - 1 - suffix))
        ++suffix;
    const int n = int(a.size()) - prefix - suffix;
    const int m = int(b.size()) - prefix - suffix;
    IntralineChanges result;
    if (n == 0 && m == 0)
        return result;
    constexpr qint64 maxCells = 200'000;
    if (qint64(n + 1) * (m + 1) > maxCells || n == 0 || m == 0) {
        // Bounded cost: mark the whole changed middle.
        if (n > 0)
            appendSpan(result.oldSpans,
                       a[prefix].start,
                       a[prefix + n - 1].start + a[prefix + n - 1].length - a[prefix].start);
        if (m > 0)
            appendSpan(result.newSpans,
                       b[prefix].start,
                       b[prefix + m - 1].start + b[prefix + m - 1].length - b[prefix].start);
        return result;
    }
    // Longest common subsequence of the middle tokens.
    std::vector<int> table(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [&](int i, int j) -> int & { return table[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = same(prefix + i, prefix + j) ? at(i + 1, j + 1) + 1
                                                    : std::max(at(i + 1, j), at(i, j + 1));
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(prefix + i, prefix + j)) {
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            appendSpan(result.newSpans, b[prefix + j].start, b[prefix + j].length);
            ++j;
        } else {
            appendSpan(result.oldSpans, a[prefix + i].start, a[prefix + i].length);
            ++i;
        }
    }
    return result;
}

QString hunkStatusKey(HunkStatus status)
{
    switch (status) {
    case HunkStatus::Missing:
        return u"missing"_s;
    case HunkStatus::Present:
        return u"present"_s;
    case HunkStatus::Conflict:
        return u"conflict"_s;
    }
    return {};
}

HunkStatus moreSerious(HunkStatus a, HunkStatus b)
{
    auto rank = [](HunkStatus s) {
        switch (s) {
        case HunkStatus::Present:
            return 0;
        case HunkStatus::Missing:
            return 1;
        case HunkStatus::Conflict:
            return 2;
        }
        return 0;
    };
    return rank(b) > rank(a) ? b : a;
}

namespace {

// Whether a change touching [s1, e1) and one touching [s2, e2) are about the same lines. An empty range
// (an insertion) touches its neighbours on both sides.
bool interacts(int s1, int e1, int s2, int e2)
{
    if (s1 == e1)
        return s2 <= s1 && s1 <= e2;
    if (s2 == e2)
        return s1 <= s2 && s2 <= e1;
    return s1 < e2 && s2 < e1;
}

// Where OLD line boundary x lies in DEPLOYED, given the local changes (none of which straddles x).
int mapBoundary(const QList<Change> &local, int x, bool includeInsertionsAtX)
{
    int delta = 0;
    for (const Change &c : local) {
        if (c.oldEnd() < x || (c.oldEnd() == x && (c.oldCount > 0 || includeInsertionsAtX)))
            delta += c.newCount - c.oldCount;
    }
    return x + delta;
}

} // namespace

ThreeWay ThreeWay::analyse(const Document &oldDoc, const Document &newDoc, const Document &deployed)
{
    return analyse(oldDoc, newDoc, deployed, diffLines(oldDoc.text, newDoc.text));
}

ThreeWay ThreeWay::analyse(const Document &oldDoc,
                           const Document &newDoc,
                           const Document &deployed,
                           const QList<Change> &upstream)
{
    ThreeWay result;
    result.localChanges = diffLines(oldDoc.text, deployed.text);
    result.base = oldDoc.lines;
    for (const Change &u : upstream) {
        UpstreamHunk hunk;
        hunk.upstream = u;
        hunk.oldLines = oldDoc.lines.mid(u.oldStart, u.oldCount);
        hunk.newLines = newDoc.lines.mid(u.newStart, u.newCount);
        // Grow the OLD region [a, b) until no local change straddles or touches its edges.
        int a = u.oldStart;
        int b = u.oldEnd();
        bool touched = false;
        for (bool grew = true; grew;) {
            grew = false;
            for (const Change &c : std::as_const(result.localChanges)) {
                if (interacts(a, b, c.oldStart, c.oldEnd())
                    || interacts(u.oldStart, u.oldEnd(), c.oldStart, c.oldEnd())) {
                    touched = true;
                    if (c.oldStart < a || c.oldEnd() > b) {
                        a = std::min(a, c.oldStart);
                        b = std::max(b, c.oldEnd());
                        grew = true;
                    }
                }
            }
        }
        const int da = mapBoundary(result.localChanges, a, false);
        const int db = mapBoundary(result.localChanges, b, touched);
        hunk.deployedStart = da;
        hunk.deployedCount = std::max(0, db - da);
        hunk.regionOldStart = a;
        hunk.regionOldEnd = b;
        hunk.deployedLines = deployed.lines.mid(da, hunk.deployedCount);
        if (!touched) {
            hunk.status = HunkStatus::Missing;
            hunk.replacement = hunk.newLines;
        } else {
            const QStringList expected = oldDoc.lines.mid(a, u.oldStart - a) + hunk.newLines
                                         + oldDoc.lines.mid(u.oldEnd(), b - u.oldEnd());
            hunk.status = expected == hunk.deployedLines ? HunkStatus::Present
                                                         : HunkStatus::Conflict;
            hunk.replacement = expected;
        }
        result.hunks.append(hunk);
    }
    return result;
}

QList<bool> ThreeWay::defaultAcceptance() const
{
    QList<bool> accepted;
    for (const UpstreamHunk &h : hunks)
        accepted.append(h.status == HunkStatus::Missing);
    return accepted;
}

MergedText ThreeWay::mergedText(const Document &deployed, const QList<bool> &accepted) const
{
    QList<bool> take = defaultAcceptance();
    for (qsizetype i = 0; i < accepted.size() && i < take.size(); ++i)
        take[i] = accepted[i];
    // The hunks in the order of their deployed regions (an insertion before a region starting there).
    QList<int> order(hunks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int l, int r) {
        const UpstreamHunk &a = hunks.at(l);
        const UpstreamHunk &b = hunks.at(r);
        return std::pair(a.deployedStart, a.deployedStart + a.deployedCount)
               < std::pair(b.deployedStart, b.deployedStart + b.deployedCount);
    });
    // Hunks whose deployed regions overlap form one group, replaced at once.
    QList<QList<int>> groups;
    int groupEnd = -1;
    for (const int i : std::as_const(order)) {
        const UpstreamHunk &h = hunks.at(i);
        const int end = h.deployedStart + h.deployedCount;
        if (!groups.isEmpty() && h.deployedStart < groupEnd) {
            groups.last().append(i);
            groupEnd = std::max(groupEnd, end);
        } else {
            groups.append(QList<int>{i});
            groupEnd = end;
        }
    }
    auto applies = [&](int i) { return take.at(i) && hunks.at(i).status != HunkStatus::Present; };
    MergedText out;
    int pos = 0; // the next deployed line to copy
    for (QList<int> group : std::as_const(groups)) {
        int start = hunks.at(group.first()).deployedStart;
        int end = start;
        for (const int i : std::as_const(group)) {
            start = std::min(start, hunks.at(i).deployedStart);
            end = std::max(end, hunks.at(i).deployedStart + hunks.at(i).deployedCount);
        }
        start = std::max(start, pos);
        end = std::max(end, start);
        out.lines.append(deployed.lines.mid(pos, start - pos));
        MergedRegion region;
        std::sort(group.begin(), group.end());
        region.hunks = group;
        region.start = int(out.lines.size());
        region.applied = std::any_of(group.cbegin(), group.cend(), applies);
        region.status = hunks.at(group.first()).status;
        for (const int i : std::as_const(group))
            region.status = moreSerious(region.status, hunks.at(i).status);
        if (!region.applied) {
            out.lines.append(deployed.lines.mid(start, end - start));
        } else if (group.size() == 1) {
            out.lines.append(hunks.at(group.first()).replacement);
        } else {
            // OLD's lines of the whole region with the accepted and the present upstream changes (the
            // hunks are in upstream order, inside the region).
            int oldStart = hunks.at(group.first()).regionOldStart;
            int oldEnd = oldStart;
            for (const int i : std::as_const(group)) {
                oldStart = std::min(oldStart, hunks.at(i).regionOldStart);
                oldEnd = std::max(oldEnd, hunks.at(i).regionOldEnd);
            }
            int cursor = oldStart;
            for (const int i : std::as_const(group)) {
                const UpstreamHunk &h = hunks.at(i);
                out.lines.append(base.mid(cursor, h.upstream.oldStart - cursor));
                out.lines.append(applies(i) || h.status == HunkStatus::Present ? h.newLines
                                                                               : h.oldLines);
                cursor = h.upstream.oldEnd();
            }
            out.lines.append(base.mid(cursor, oldEnd - cursor));
        }
        region.count = int(out.lines.size()) - region.start;
        out.regions.append(region);
        pos = end;
    }
    out.lines.append(deployed.lines.mid(pos));
    return out;
}

QByteArray ThreeWay::merged(const Document &deployed, const QList<bool> &accepted) const
{
    const QStringList lines = mergedText(deployed, accepted).lines;
    return deployed.withOriginalEncoding(lines.isEmpty() ? QByteArray()
                                                         : (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Steward::Compose
