using System;
using System.Runtime.InteropServices;

namespace MicroPython.Cli.Terminal;

/// <summary>
/// The Windows console: REPL mode turns off line input, echo and Ctrl-C processing and asks for VT sequences
/// (arrow keys arrive as <c>ESC [ A</c> …); output always interprets VT sequences. Program mode gives Ctrl-C back
/// to the system (the launcher turns it into KeyboardInterrupt).
/// </summary>
internal sealed class WindowsConsoleMode : TerminalMode
{
    private const int StdInputHandle = -10;
    private const int StdOutputHandle = -11;
    private const uint EnableProcessedInput = 0x1;
    private const uint EnableLineInput = 0x2;
    private const uint EnableEchoInput = 0x4;
    private const uint EnableVirtualTerminalInput = 0x200;
    private const uint EnableVirtualTerminalProcessing = 0x4;

    private readonly IntPtr _input;
    private readonly IntPtr _output;
    private readonly uint _originalInput;
    private readonly uint _originalOutput;
    private readonly bool _hasOutput;

    private WindowsConsoleMode(IntPtr input, uint inputMode, IntPtr output, uint outputMode, bool hasOutput)
    {
        _input = input;
        _originalInput = inputMode;
        _output = output;
        _originalOutput = outputMode;
        _hasOutput = hasOutput;
    }

    public static WindowsConsoleMode? TryCreate()
    {
        var input = GetStdHandle(StdInputHandle);
        if (!GetConsoleMode(input, out uint inputMode))
        {
            return null;
        }

        var output = GetStdHandle(StdOutputHandle);
        bool hasOutput = GetConsoleMode(output, out uint outputMode);
        return new WindowsConsoleMode(input, inputMode, output, outputMode, hasOutput);
    }

    public override void EnterRepl()
    {
        SetConsoleMode(_input, (_originalInput & ~(EnableLineInput | EnableEchoInput | EnableProcessedInput)) | EnableVirtualTerminalInput);
        EnableVtOutput();
    }

    public override void EnterProgram()
    {
        SetConsoleMode(_input, ((_originalInput & ~(EnableLineInput | EnableEchoInput)) | EnableProcessedInput) | EnableVirtualTerminalInput);
        EnableVtOutput();
    }

    public override void EnterCooked()
    {
        SetConsoleMode(_input, _originalInput);
        if (_hasOutput)
        {
            SetConsoleMode(_output, _originalOutput);
        }
    }

    private void EnableVtOutput()
    {
        if (_hasOutput)
        {
            SetConsoleMode(_output, _originalOutput | EnableVirtualTerminalProcessing);
        }
    }

    [DllImport("kernel32", SetLastError = true)]
    private static extern IntPtr GetStdHandle(int handle);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetConsoleMode(IntPtr handle, out uint mode);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool SetConsoleMode(IntPtr handle, uint mode);
}
