using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace MicroPython.Tests.Launcher;

/// <summary>
/// The real launcher on a pseudo-terminal, as MicroPython's test runner and a person at a terminal use it: the
/// child gets the pty as stdin/stdout/stderr and controlling terminal (so Ctrl-C is a signal when the launcher
/// lets the terminal generate one). Output post-processing is off on the pty, so the bytes read are exactly the
/// bytes the launcher wrote (as repl.md's captures). Linux only: openpty and a termios layout.
/// </summary>
internal sealed class PtySession : IDisposable
{
    private const int OPost = 0x1;
    private readonly int _master;
    private readonly int _slave;
    private readonly Process _process;
    private readonly Thread _reader;
    private readonly StringBuilder _output = new();
    private int _consumed;
    private bool _closed;

    private PtySession(int master, int slave, Process process)
    {
        _master = master;
        _slave = slave;
        _process = process;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "pty reader" };
        _reader.Start();
    }

    /// <summary>The launcher's HOME (the history file goes there).</summary>
    public string Home { get; private set; } = string.Empty;

    /// <summary>Starts the launcher with <paramref name="args"/>; <paramref name="home"/> defaults to a new empty folder.</summary>
    public static PtySession Start(string? home = null, params string[] args)
    {
        if (openpty(out int master, out int slave, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero) != 0)
        {
            throw new InvalidOperationException("openpty failed: " + Marshal.GetLastPInvokeError());
        }

        var termios = new byte[256];
        tcgetattr(slave, termios);
        BitConverter.TryWriteBytes(termios.AsSpan(4, 4), BitConverter.ToUInt32(termios, 4) & ~(uint)OPost);
        tcsetattr(slave, 0, termios);
        string tty = Marshal.PtrToStringAnsi(ptsname(master)) ?? throw new InvalidOperationException("ptsname failed");

        home ??= Directory.CreateTempSubdirectory("mpnet-pty-home-").FullName;
        var psi = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = home,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // A new session whose leader opens the pty: it becomes the controlling terminal.
        psi.ArgumentList.Add("-w");
        psi.ArgumentList.Add("sh");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("exec \"$0\" \"$@\" <\"$MP_TTY\" >\"$MP_TTY\" 2>&1");
        psi.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        psi.ArgumentList.Add(LauncherProcess.LauncherDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["MP_TTY"] = tty;
        psi.Environment["HOME"] = home;
        psi.Environment["MICROPYPATH"] = string.Empty;
        psi.Environment["TERM"] = "xterm";
        LauncherProcess.ClearMicroPythonEnvironment(psi);

        var process = Process.Start(psi)!;
        return new PtySession(master, slave, process) { Home = home };
    }

    /// <summary>Types bytes (each char U+0000..U+00FF is one byte).</summary>
    public void Send(string keys)
    {
        var bytes = new byte[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            bytes[i] = checked((byte)keys[i]);
        }

        if (write(_master, bytes, bytes.Length) != bytes.Length)
        {
            throw new IOException("write to the pty failed");
        }
    }

    /// <summary>
    /// Waits until the output not yet returned contains <paramref name="expected"/>; returns it up to and including
    /// the match (bytes as chars U+0000..U+00FF).
    /// </summary>
    public string WaitFor(string expected, int timeoutMs = 60000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        lock (_output)
        {
            while (true)
            {
                int at = _output.ToString(_consumed, _output.Length - _consumed).IndexOf(expected, StringComparison.Ordinal);
                if (at >= 0)
                {
                    int end = _consumed + at + expected.Length;
                    string chunk = _output.ToString(_consumed, end - _consumed);
                    _consumed = end;
                    return chunk;
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || _closed)
                {
                    throw new TimeoutException($"no {Escape(expected)} in {Escape(_output.ToString(_consumed, _output.Length - _consumed))}");
                }

                Monitor.Wait(_output, left);
            }
        }
    }

    /// <summary>Waits for the launcher to exit; returns its status and the output not yet returned.</summary>
    public (int Status, string Remaining) WaitForExit(int timeoutMs = 60000)
    {
        if (!_process.WaitForExit(timeoutMs))
        {
            throw new TimeoutException("the launcher did not exit; output: " + Escape(_output.ToString()));
        }

        _process.WaitForExit();
        Thread.Sleep(100); // the reader drains what is still in the pty
        lock (_output)
        {
            string rest = _output.ToString(_consumed, _output.Length - _consumed);
            _consumed = _output.Length;
            return (_process.ExitCode, rest);
        }
    }

    /// <summary>The pty's local flags now (ICANON 0x2, ECHO 0x8, ISIG 0x1): what the launcher left the terminal in.</summary>
    public uint LocalFlags()
    {
        var termios = new byte[256];
        tcgetattr(_slave, termios);
        return BitConverter.ToUInt32(termios, 12);
    }

    public static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c >= 0x20 && c < 0x7F && c != '\\' ? c.ToString() : c == '\\' ? "\\\\" : $"\\x{(int)c:x2}");
        }

        return sb.Append('"').ToString();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            _process.WaitForExit();
        }

        _process.Dispose();
        close(_slave);
        _reader.Join(2000);
        close(_master);
    }

    private void ReadLoop()
    {
        var buffer = new byte[4096];
        while (true)
        {
            int n = (int)read(_master, buffer, buffer.Length);
            if (n <= 0)
            {
                if (n < 0 && Marshal.GetLastPInvokeError() == 4)
                {
                    continue; // EINTR
                }

                break;
            }

            lock (_output)
            {
                for (int i = 0; i < n; i++)
                {
                    _output.Append((char)buffer[i]);
                }

                Monitor.PulseAll(_output);
            }
        }

        lock (_output)
        {
            _closed = true;
            Monitor.PulseAll(_output);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int openpty(out int master, out int slave, IntPtr name, IntPtr termios, IntPtr winsize);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr ptsname(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcgetattr(int fd, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcsetattr(int fd, int actions, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern nint read(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
