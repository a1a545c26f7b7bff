using System;
using System.Runtime.InteropServices;

namespace MicroPython.Cli.Terminal;

/// <summary>
/// termios on Linux and macOS (tcgetattr/tcsetattr on fd 0). The REPL mode is MicroPython's unix raw mode
/// (unix_mphal.c): no BRKINT/ICRNL/INPCK/ISTRIP/IXON, 8-bit characters, no local flags, reads of one byte;
/// output processing is left as it was, so program output's <c>\n</c> still starts a new line on screen.
/// </summary>
internal sealed class PosixTerminalMode : TerminalMode
{
    private const int StdinFd = 0;
    private const int TcsaNow = 0;

    // struct termios is at most 72 bytes on the supported systems; a larger buffer keeps us independent of it.
    private const int TermiosBufferSize = 256;

    private readonly Layout _layout;
    private readonly byte[] _original;
    private readonly byte[] _repl;
    private readonly byte[] _program;

    private PosixTerminalMode(Layout layout, byte[] original)
    {
        _layout = layout;
        _original = original;
        _repl = (byte[])original.Clone();
        _program = (byte[])original.Clone();

        SetFlag(_repl, layout.IFlagOffset, Get(_repl, layout.IFlagOffset) & ~(layout.BrkInt | layout.ICrNl | layout.InPck | layout.IStrip | layout.IXon));
        SetFlag(_repl, layout.CFlagOffset, (Get(_repl, layout.CFlagOffset) & ~(layout.CSize | layout.ParEnb)) | layout.Cs8);
        SetFlag(_repl, layout.LFlagOffset, 0);
        _repl[layout.CcOffset + layout.VMin] = 1;
        _repl[layout.CcOffset + layout.VTime] = 0;

        SetFlag(_program, layout.LFlagOffset, Get(_program, layout.LFlagOffset) & ~(layout.ICanon | layout.Echo));
        _program[layout.CcOffset + layout.VMin] = 1;
        _program[layout.CcOffset + layout.VTime] = 0;
    }

    public static PosixTerminalMode? TryCreate()
    {
        var layout = OperatingSystem.IsLinux() ? Layout.Linux : OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? Layout.Bsd : null;
        if (layout == null || isatty(StdinFd) != 1)
        {
            return null;
        }

        var original = new byte[TermiosBufferSize];
        return tcgetattr(StdinFd, original) == 0 ? new PosixTerminalMode(layout, original) : null;
    }

    public override void EnterRepl() => tcsetattr(StdinFd, TcsaNow, _repl);

    public override void EnterProgram() => tcsetattr(StdinFd, TcsaNow, _program);

    public override void EnterCooked() => tcsetattr(StdinFd, TcsaNow, _original);

    private ulong Get(byte[] termios, int offset) =>
        _layout.FlagSize == 4 ? BitConverter.ToUInt32(termios, offset) : BitConverter.ToUInt64(termios, offset);

    private void SetFlag(byte[] termios, int offset, ulong value)
    {
        if (_layout.FlagSize == 4)
        {
            BitConverter.TryWriteBytes(termios.AsSpan(offset, 4), (uint)value);
        }
        else
        {
            BitConverter.TryWriteBytes(termios.AsSpan(offset, 8), value);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int isatty(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcgetattr(int fd, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcsetattr(int fd, int optionalActions, byte[] termios);

    /// <summary>Where struct termios keeps its fields and what the flag bits are on one family of systems.</summary>
    private sealed record Layout(
        int FlagSize, int IFlagOffset, int CFlagOffset, int LFlagOffset, int CcOffset, int VMin, int VTime,
        ulong BrkInt, ulong ICrNl, ulong InPck, ulong IStrip, ulong IXon,
        ulong CSize, ulong ParEnb, ulong Cs8, ulong ICanon, ulong Echo)
    {
        /// <summary>glibc/musl: 32-bit flags, then c_line, then c_cc.</summary>
        public static readonly Layout Linux = new(
            FlagSize: 4, IFlagOffset: 0, CFlagOffset: 8, LFlagOffset: 12, CcOffset: 17, VMin: 6, VTime: 5,
            BrkInt: 0x2, ICrNl: 0x100, InPck: 0x10, IStrip: 0x20, IXon: 0x400,
            CSize: 0x30, ParEnb: 0x100, Cs8: 0x30, ICanon: 0x2, Echo: 0x8);

        /// <summary>macOS and the BSDs: <c>unsigned long</c> flags, c_cc right after them.</summary>
        public static readonly Layout Bsd = new(
            FlagSize: 8, IFlagOffset: 0, CFlagOffset: 16, LFlagOffset: 24, CcOffset: 32, VMin: 16, VTime: 17,
            BrkInt: 0x2, ICrNl: 0x100, InPck: 0x10, IStrip: 0x20, IXon: 0x200,
            CSize: 0x300, ParEnb: 0x1000, Cs8: 0x300, ICanon: 0x100, Echo: 0x8);
    }
}
