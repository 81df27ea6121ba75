using NodaTime;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Generators;

/// <summary>
/// A seeded generator of event logs (touch and order exports) for the journey tests, the DuckDB equality test and the
/// benchmarks (benchmarks/PerfMetrics.Benchmarks links this file). Each user draws from its own random stream
/// (seed, user index), so the touch and conversion sequences can be enumerated separately and lazily, in any number of
/// passes, always the same; nothing is held in memory but the user ids and channels.
/// </summary>
/// <remarks>
/// Per user: 1 to 17 touches (mean 9) over 90 days from 2026-01-01T00:00Z in whole seconds, on 10 channels, 30 % views;
/// 0 (40 %), 1 (45 %) or 2 (15 %) conversions, each 0 to 3 days after one of the user's touches (or, for one in ten, a
/// time with no touch before it), values 5.00 to 204.99, order ids unique except that 2 % of conversions fire twice
/// (the same order id 1 to 60 s later). 1,000,000 users give about 9.0 million touches and 0.8 million conversions.
/// </remarks>
public sealed class EventLogGenerator
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);
    private readonly string[] _users;
    private readonly Channel[] _channels = [.. Enumerable.Range(0, 10).Select(i => new Channel($"c{i:00}"))];
    private readonly ulong _seed;
    private readonly Currency _currency;

    public EventLogGenerator(int users, int seed, Currency currency)
    {
        _users = [.. Enumerable.Range(0, users).Select(u => $"u{u}")];
        _seed = (ulong)seed;
        _currency = currency;
    }

    /// <summary>Gets the first instant events can have.</summary>
    public static Instant FirstInstant => Start;

    /// <summary>Gets the user ids (u0, u1, ...).</summary>
    public IReadOnlyList<string> Users => _users;

    public IEnumerable<TouchEvent> Touches()
    {
        for (var u = 0; u < _users.Length; u++)
        {
            var random = new SplitMix(_seed, u);
            var count = 1 + random.Next(17);
            for (var i = 0; i < count; i++)
            {
                var (at, channel, view) = Touch(ref random);
                yield return new TouchEvent(_users[u], at, _channels[channel], view ? InteractionKind.Impression : InteractionKind.Click);
            }
        }
    }

    public IEnumerable<ConversionEvent> Conversions()
    {
        var seconds = new long[17];
        for (var u = 0; u < _users.Length; u++)
        {
            var random = new SplitMix(_seed, u);
            var count = 1 + random.Next(17);
            for (var i = 0; i < count; i++)
            {
                seconds[i] = (Touch(ref random).At - Start).BclCompatibleTicks / NodaConstants.TicksPerSecond;
            }

            var draw = random.Next(100);
            var conversions = draw < 40 ? 0 : draw < 85 ? 1 : 2;
            for (var k = 0; k < conversions; k++)
            {
                var at = random.Next(10) == 0
                    ? random.Next(90 * 86_400)
                    : seconds[random.Next(count)] + random.Next(3 * 86_400);
                var value = new Money(5m + (random.Next(20_000) / 100m), _currency);
                var order = $"o{u}-{k}";
                yield return new ConversionEvent(_users[u], Start + Duration.FromSeconds(at), value, order);
                if (random.Next(50) == 0)
                {
                    yield return new ConversionEvent(_users[u], Start + Duration.FromSeconds(at + 1 + random.Next(60)), value, order);
                }
            }
        }
    }

    private static (Instant At, int Channel, bool View) Touch(ref SplitMix random)
    {
        var at = Start + Duration.FromSeconds(random.Next(90 * 86_400));
        var channel = random.Next(10);
        var view = random.Next(10) < 3;
        return (at, channel, view);
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast, seedable stream per user.</summary>
    private struct SplitMix(ulong seed, int stream)
    {
        private ulong _state = unchecked((seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)stream * 0xD1B54A32D192ED03UL));

        public int Next(int bound)
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                var z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return (int)((z >> 33) % (ulong)bound);
            }
        }
    }
}
