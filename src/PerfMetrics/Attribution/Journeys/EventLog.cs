using System.Runtime.CompilerServices;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// The rows of two event logs in flat arrays (user index, instant, channel id, view flag; user, instant, value, order
/// id), and the journey rules of <see cref="JourneyBuilder"/> applied to them. Not thread-safe; one per build.
/// </summary>
internal sealed class EventLog
{
    private readonly Currency _currency;
    private readonly JourneyOptions _options;
    private readonly Dictionary<string, int> _users = new(StringComparer.Ordinal);
    private readonly List<string> _userNames = [];
    private readonly Dictionary<string, int> _rawChannels = new(StringComparer.Ordinal);
    private readonly PathTableBuilder _table;
    private readonly List<string> _warnings = [];

    private int[] _tUser;
    private Instant[] _tAt;
    private int[] _tChannel;
    private bool[] _tView;
    private int _touchCount;

    private int[] _cUser = new int[256];
    private Instant[] _cAt = new Instant[256];
    private decimal[] _cValue = new decimal[256];
    private string?[] _cOrder = new string?[256];
    private int _conversionCount;

    private Instant _latest = Instant.MinValue;
    private string? _lastUser;
    private int _lastUserIndex;
    private string? _lastChannelName;
    private int _lastChannelId;

    internal EventLog(Currency currency, JourneyOptions options, int touchCapacity)
    {
        PathTable.RequireCurrency(currency, nameof(currency));
        _currency = currency;
        _options = options;
        _table = new PathTableBuilder(currency, 1024, 4096);
        var capacity = Math.Max(touchCapacity, 16);
        _tUser = new int[capacity];
        _tAt = new Instant[capacity];
        _tChannel = new int[capacity];
        _tView = new bool[capacity];
    }

    internal void Warn(string warning) => _warnings.Add(warning);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(TouchEvent touch)
    {
        if (touch.UserId is null)
        {
            Guard.ThrowArgument("touches", $"touches[{_touchCount}] must be a touch event with a user, was default(TouchEvent).");
        }

        if (_touchCount == _tUser.Length)
        {
            var size = checked(_touchCount * 2);
            Array.Resize(ref _tUser, size);
            Array.Resize(ref _tAt, size);
            Array.Resize(ref _tChannel, size);
            Array.Resize(ref _tView, size);
        }

        var i = _touchCount++;
        _tUser[i] = UserIndex(touch.UserId);
        _tAt[i] = touch.At;
        _tChannel[i] = ChannelId(touch.Channel);
        _tView[i] = touch.IsView;
        if (touch.At > _latest)
        {
            _latest = touch.At;
        }
    }

    internal void Add(ConversionEvent conversion)
    {
        if (conversion.UserId is null)
        {
            Guard.ThrowArgument("conversions", $"conversions[{_conversionCount}] must be a conversion event with a user, was default(ConversionEvent).");
        }

        if (conversion.Value.Currency != _currency)
        {
            throw new CurrencyMismatchException(_currency, conversion.Value.Currency, $"conversions[{_conversionCount}]");
        }

        if (_conversionCount == _cUser.Length)
        {
            var size = checked(_conversionCount * 2);
            Array.Resize(ref _cUser, size);
            Array.Resize(ref _cAt, size);
            Array.Resize(ref _cValue, size);
            Array.Resize(ref _cOrder, size);
        }

        var i = _conversionCount++;
        _cUser[i] = UserIndex(conversion.UserId);
        _cAt[i] = conversion.At;
        _cValue[i] = conversion.Value.Amount;
        _cOrder[i] = conversion.OrderId;
        if (conversion.At > _latest)
        {
            _latest = conversion.At;
        }
    }

    internal JourneyBuild Build()
    {
        var report = new JourneyBuildReport.Counts { TouchesRead = _touchCount, ConversionsRead = _conversionCount };
        var users = _userNames.Count;
        var end = _options.ObservationEnd ?? _latest;

        // Channel ranks in ordinal order of names break ties between touches at one instant by content.
        var channelCount = _table.Interner.Count;
        var rank = new int[channelCount];
        var byName = new int[channelCount];
        for (var id = 0; id < channelCount; id++)
        {
            byName[id] = id;
        }

        var interner = _table.Interner;
        Array.Sort(byName, (a, b) => string.CompareOrdinal(interner[a].Name, interner[b].Name));
        for (var r = 0; r < channelCount; r++)
        {
            rank[byName[r]] = r;
        }

        var duplicate = MarkDuplicates(ref report);

        // Group both logs by user (a counting sort, linear), then order each user's events.
        var touchStart = GroupByUser(_tUser, _touchCount, users, null, out var touchOrder);
        var conversionStart = GroupByUser(_cUser, _conversionCount, users, duplicate, out var conversionOrder);
        var touchComparer = new TouchOrder(_tAt, rank, _tChannel, _tView);
        var conversionComparer = new ConversionOrder(_cAt, _cOrder, _cValue);

        var batch = new PathBatch(_table.Store);
        var path = new int[16];
        var used = new bool[16];
        var lags = new Dictionary<int, TimeLagReport.Bucket>();
        int? directId = _options.DirectChannel is { } direct ? interner.GetOrAdd(direct) : null;
        Span<int> directPath = [directId ?? 0];
        for (var user = 0; user < users; user++)
        {
            var touches = touchOrder.AsSpan(touchStart[user], touchStart[user + 1] - touchStart[user]);
            var conversions = conversionOrder.AsSpan(conversionStart[user], conversionStart[user + 1] - conversionStart[user]);
            SortSegment(touches, touchComparer);
            SortSegment(conversions, conversionComparer);
            if (touches.Length > path.Length)
            {
                path = new int[touches.Length * 2];
                used = new bool[touches.Length * 2];
            }

            var start = 0;   // first touch after the previous conversion (reset) or not yet passed
            var passed = 0;  // touches at or before the current conversion
            used.AsSpan(0, touches.Length).Clear();
            foreach (var c in conversions)
            {
                var at = _cAt[c];
                while (passed < touches.Length && _tAt[touches[passed]] <= at)
                {
                    passed++;
                }

                var length = 0;
                var from = _options.ResetAfterConversion ? start : 0;
                var first = default(Instant);
                for (var k = from; k < passed; k++)
                {
                    var t = touches[k];
                    if (at - _tAt[t] <= _options.WindowOf(_tView[t]))
                    {
                        if (length == 0)
                        {
                            first = _tAt[t];
                        }

                        path[length++] = _tChannel[t];
                        used[k] = true;
                    }
                }

                start = passed;
                if (length > 0)
                {
                    report.ConversionsUsed++;
                    batch.Add(path.AsSpan(0, length), 1d, _cValue[c], 0d);
                    var days = (at - first).Days;
                    lags[days] = lags.TryGetValue(days, out var bucket)
                        ? new TimeLagReport.Bucket(bucket.Conversions + 1, bucket.Value + _cValue[c])
                        : new TimeLagReport.Bucket(1, _cValue[c]);
                    continue;
                }

                if (touches.IsEmpty)
                {
                    report.ConversionsUnknownUser++;
                }
                else
                {
                    report.ConversionsDirect++;
                }

                if (directId is not null)
                {
                    batch.Add(directPath, 1d, _cValue[c], 0d);
                }
            }

            // Touches up to the last conversion were used or fell outside every window.
            for (var k = 0; k < start; k++)
            {
                if (used[k])
                {
                    report.TouchesUsed++;
                }
                else
                {
                    report.TouchesOutsideWindow++;
                }
            }

            if (start == touches.Length)
            {
                continue;
            }

            // What follows the last conversion is one non-converting journey, open while a touch is still in its window.
            var open = false;
            var rest = touches.Length - start;
            for (var k = start; k < touches.Length; k++)
            {
                var t = touches[k];
                path[k - start] = _tChannel[t];
                open |= end - _tAt[t] < _options.WindowOf(_tView[t]);
            }

            if (open && _options.ExcludeOpenJourneys)
            {
                report.TouchesOpen += rest;
                report.OpenJourneys++;
            }
            else
            {
                report.TouchesNonConverting += rest;
                report.NonConvertingJourneys++;
                batch.Add(path.AsSpan(0, rest), 0d, 0m, 1d);
            }
        }

        batch.Flush();
        var table = _table.Build();
        AddCaseWarnings(table);
        return new JourneyBuild(table, new JourneyBuildReport(report, _options.DirectChannel, end, _warnings), TimeLagReport.FromBuckets(_currency, lags));
    }

    private int UserIndex(string userId)
    {
        if (ReferenceEquals(userId, _lastUser))
        {
            return _lastUserIndex;
        }

        if (!_users.TryGetValue(userId, out var index))
        {
            index = _userNames.Count;
            _users.Add(userId, index);
            _userNames.Add(userId);
        }

        _lastUser = userId;
        _lastUserIndex = index;
        return index;
    }

    private int ChannelId(Channel channel)
    {
        var name = channel.Name;
        if (ReferenceEquals(name, _lastChannelName))
        {
            return _lastChannelId;
        }

        if (!_rawChannels.TryGetValue(name, out var id))
        {
            id = _table.Interner.GetOrAdd(_options.Channels.Apply(channel));
            _rawChannels.Add(name, id);
        }

        _lastChannelName = name;
        _lastChannelId = id;
        return id;
    }

    /// <summary>Marks every conversion whose order id an earlier one (instant, then user id, then value) already has.</summary>
    private bool[]? MarkDuplicates(ref JourneyBuildReport.Counts report)
    {
        bool[]? duplicate = null;
        var keeper = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _conversionCount; i++)
        {
            if (_cOrder[i] is not { } order)
            {
                continue;
            }

            if (!keeper.TryGetValue(order, out var kept))
            {
                keeper.Add(order, i);
                continue;
            }

            duplicate ??= new bool[_conversionCount];
            report.ConversionsDuplicate++;
            if (Earlier(i, kept))
            {
                duplicate[kept] = true;
                keeper[order] = i;
            }
            else
            {
                duplicate[i] = true;
            }
        }

        return duplicate;
    }

    private bool Earlier(int a, int b)
    {
        var byTime = _cAt[a].CompareTo(_cAt[b]);
        if (byTime != 0)
        {
            return byTime < 0;
        }

        var byUser = string.CompareOrdinal(_userNames[_cUser[a]], _userNames[_cUser[b]]);
        return byUser != 0 ? byUser < 0 : _cValue[a] < _cValue[b];
    }

    /// <summary>Counting sort of row indices by user: rows of user u are <c>order[start[u]..start[u + 1]]</c> (skipped rows left out).</summary>
    private static int[] GroupByUser(int[] userOf, int count, int users, bool[]? skip, out int[] order)
    {
        var start = new int[users + 1];
        for (var i = 0; i < count; i++)
        {
            if (skip is null || !skip[i])
            {
                start[userOf[i] + 1]++;
            }
        }

        for (var u = 0; u < users; u++)
        {
            start[u + 1] += start[u];
        }

        order = new int[start[users]];
        var next = start.AsSpan(0, users).ToArray();
        for (var i = 0; i < count; i++)
        {
            if (skip is null || !skip[i])
            {
                order[next[userOf[i]]++] = i;
            }
        }

        return start;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortSegment<TComparer>(Span<int> rows, TComparer comparer)
        where TComparer : struct, IComparer<int>
    {
        if (rows.Length > 32)
        {
            rows.Sort(comparer);
            return;
        }

        // Insertion sort: segments are short and exports are often already in time order. Stable, and the order is total anyway.
        for (var i = 1; i < rows.Length; i++)
        {
            var row = rows[i];
            var j = i - 1;
            while (j >= 0 && comparer.Compare(rows[j], row) > 0)
            {
                rows[j + 1] = rows[j];
                j--;
            }

            rows[j + 1] = row;
        }
    }

    private void AddCaseWarnings(PathTable table)
    {
        if (_options.Channels.FoldCase)
        {
            return;
        }

        var groups = table.Channels
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Select(c => c.Name).Order(StringComparer.Ordinal).ToArray())
            .OrderBy(g => g[0], StringComparer.Ordinal);
        foreach (var names in groups)
        {
            _warnings.Add($"channels {string.Join(", ", names.Select(n => $"\"{n}\""))} differ only by case and were kept apart (ChannelNormalization(foldCase: true) merges them).");
        }
    }

    private readonly struct TouchOrder(Instant[] at, int[] rank, int[] channel, bool[] view) : IComparer<int>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Compare(int x, int y)
        {
            var byTime = at[x].CompareTo(at[y]);
            if (byTime != 0)
            {
                return byTime;
            }

            var byChannel = rank[channel[x]].CompareTo(rank[channel[y]]);
            return byChannel != 0 ? byChannel : view[x].CompareTo(view[y]);
        }
    }

    private readonly struct ConversionOrder(Instant[] at, string?[] order, decimal[] value) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byTime = at[x].CompareTo(at[y]);
            if (byTime != 0)
            {
                return byTime;
            }

            var byOrder = string.CompareOrdinal(order[x], order[y]);
            return byOrder != 0 ? byOrder : value[x].CompareTo(value[y]);
        }
    }
}
