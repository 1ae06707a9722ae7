using System.Runtime.InteropServices;

namespace Caravan.Bench.Extraction;

/// <summary>The calling thread's CPU time in nanoseconds (POSIX clock_gettime(CLOCK_THREAD_CPUTIME_ID)): unlike wall time
/// it does not grow while other processes hold the core, so per-phase costs stay readable on a shared machine.</summary>
internal static class ThreadCpuClock
{
    const int ClockThreadCpuTimeId = 3; // Linux <time.h>

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGetTime(int clockId, out TimeSpec time);

    public static long Nanoseconds()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var t) != 0)
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }
}
