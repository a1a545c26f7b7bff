using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>Ctrl-C as a user delivers it: a real SIGINT sent to the running launcher process.</summary>
public sealed class InterruptLauncherTests
{
    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    /// <summary>
    /// Runs <paramref name="source"/>, which prints <c>ready</c> (and flushes) as it enters its loop; then sends
    /// SIGINT and returns the exit status and the rest of the output.
    /// </summary>
    internal static (int ExitCode, string Stdout) RunAndInterrupt(string source, params string[] options)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-intr-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "t.py"), "import sys\n" + source);
        var psi = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(LauncherProcess.LauncherDll);
        foreach (var option in options)
        {
            psi.ArgumentList.Add(option);
        }

        psi.ArgumentList.Add("t.py");
        using var p = Process.Start(psi)!;
        var errTask = p.StandardError.ReadToEndAsync();
        var first = p.StandardOutput.ReadLineAsync();
        if (!first.Wait(60000) || first.Result != "ready")
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("the script never reached its loop: " + first.Result + errTask.Result);
        }

        Thread.Sleep(200);
        Assert.Equal(0, Kill(p.Id, SigInt));
        var rest = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(60000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("the launcher did not stop after SIGINT");
        }

        p.WaitForExit();
        return (p.ExitCode, rest.Result + errTask.Result);
    }

    [Fact]
    public void SigIntRaisesKeyboardInterruptAtTheNextBackwardJump()
    {
        const string source =
            "print('ready'); sys.stdout.flush()\n" +
            "n = 0\n" +
            "try:\n" +
            "    while True:\n" +
            "        n += 1\n" +
            "except KeyboardInterrupt:\n" +
            "    print('caught KeyboardInterrupt', n > 0)\n" +
            "print('after')\n";
        var (status, output) = RunAndInterrupt(source);
        Assert.Equal("caught KeyboardInterrupt True\nafter\n", output);
        Assert.Equal(0, status);
    }

    [Fact]
    public void SigIntEndsALongSleepInsideItsTryBlock()
    {
        const string source =
            "import time\n" +
            "print('ready'); sys.stdout.flush()\n" +
            "t = time.ticks_ms()\n" +
            "try:\n" +
            "    time.sleep(120)\n" +
            "    print('slept')\n" +
            "except KeyboardInterrupt:\n" +
            "    print('caught KeyboardInterrupt', time.ticks_diff(time.ticks_ms(), t) < 60000)\n";
        var (status, output) = RunAndInterrupt(source);
        Assert.Equal("caught KeyboardInterrupt True\n", output);
        Assert.Equal(0, status);
    }

    [Fact]
    public void AnUncaughtKeyboardInterruptEndsTheProgramWithATraceback()
    {
        var (status, output) = RunAndInterrupt("def spin():\n    while True:\n        pass\nprint('ready'); sys.stdout.flush()\nspin()\n");
        Assert.Equal(130, status);                // 128 + SIGINT, as MicroPython's unix port
        Assert.StartsWith("Traceback (most recent call last):\n", output);
        Assert.EndsWith("KeyboardInterrupt: \n", output);
    }

    [Fact]
    public void KbdIntrMinusOneLeavesSigIntToTheSystem()
    {
        // With the interrupt character disabled the program sees no KeyboardInterrupt; the signal ends the process.
        const string source =
            "import micropython\n" +
            "micropython.kbd_intr(-1)\n" +
            "print('ready'); sys.stdout.flush()\n" +
            "try:\n" +
            "    while True:\n" +
            "        pass\n" +
            "except KeyboardInterrupt:\n" +
            "    print('caught')\n";
        var (status, output) = RunAndInterrupt(source);
        Assert.DoesNotContain("caught", output);
        Assert.NotEqual(0, status);
    }
}
