using MicroPython.Objects;

namespace MicroPython.Vm.Tier1;

/// <summary>
/// A code object compiled to IL: <c>status = Body(frame, entry)</c> runs the frame from entry point
/// <c>entry</c> (see <see cref="EntryOf"/>) until it returns (<see cref="Tier1Status.Return"/>), raises
/// (<see cref="Tier1Status.Exception"/>: the exception in <see cref="Frame.Result"/>, <see cref="Frame.Ip"/> at
/// the raising instruction) or reaches something only the interpreter does (<see cref="Tier1Status.Deopt"/>:
/// <see cref="Frame.Ip"/>/<see cref="Frame.Sp"/> say where to continue).
/// </summary>
internal sealed class Tier1Code
{
    public Tier1Code(Tier1Body body, int[] entryOfIp)
    {
        Body = body;
        _entryOfIp = entryOfIp;
    }

    public readonly Tier1Body Body;

    /// <summary>Entry index by absolute ip (−1: not an entry).</summary>
    private readonly int[] _entryOfIp;

    /// <summary>The entry index for a frame about to run at <paramref name="ip"/>, or −1.</summary>
    public int EntryOf(int ip) => (uint)ip < (uint)_entryOfIp.Length ? _entryOfIp[ip] : -1;

    /// <summary>Times a frame entered this code (from its start or at a loop head).</summary>
    public int Entries;

    /// <summary>Times compiled code handed its frame back to the interpreter (not counting exceptions).</summary>
    public int Deopts;
}

/// <summary>How a run of compiled code ended.</summary>
internal static class Tier1Status
{
    public const int Return = 0;
    public const int Exception = 2;
    public const int Deopt = 3;
}

/// <summary>The compiled body: a DynamicMethod bound to its <see cref="Tier1Constants"/>.</summary>
internal delegate int Tier1Body(Frame frame, int entry);

/// <summary>The objects compiled code refers to (a DynamicMethod's IL cannot embed object references).</summary>
internal sealed class Tier1Constants
{
    public PyObject[] Objects = System.Array.Empty<PyObject>();
    public StrObject[] Names = System.Array.Empty<StrObject>();
    public AttrSiteCache[] Attrs = System.Array.Empty<AttrSiteCache>();
    public GlobalSiteCache[] Globals = System.Array.Empty<GlobalSiteCache>();
}
