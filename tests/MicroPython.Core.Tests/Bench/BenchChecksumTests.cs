using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MicroPython.Tests.Conformance;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Bench;

/// <summary>
/// Every benchmark program in bench/programs/ run at its quick size (its <c># quick: N</c> line) with CPython and
/// with our launcher: the outputs (the checksum line) must be identical. The same check as <c>bench/run --quick</c>;
/// no timing is asserted. A program our implementation cannot run yet fails here, by design.
/// </summary>
public sealed partial class BenchChecksumTests
{
    private const int TimeoutMs = 120000;

    public static string ProgramsDir => Path.Combine(LauncherProcess.RepoRoot, "bench", "programs");

    /// <summary>Every bench/programs/*.py whose name does not start with '_'.</summary>
    public static IEnumerable<object[]> Programs()
    {
        var list = new List<string>();
        foreach (var file in Directory.GetFiles(ProgramsDir, "*.py"))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('_'))
            {
                list.Add(name);
            }
        }

        list.Sort(StringComparer.Ordinal);
        foreach (var name in list)
        {
            yield return new object[] { name };
        }
    }

    [Fact]
    public void SuiteIsCompleteAndEveryProgramHasAQuickSize()
    {
        var names = new List<string>();
        var missing = new List<string>();
        foreach (var row in Programs())
        {
            var name = (string)row[0];
            names.Add(name);
            if (QuickSize(name) == null)
            {
                missing.Add(name);
            }
        }

        Assert.True(names.Count >= 20, $"only {names.Count} benchmark programs");
        Assert.Contains("exc_across_frame.py", names);
        Assert.True(missing.Count == 0, "programs without a '# quick: N' line: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ChecksumMatchesCPython(string program)
    {
        var size = QuickSize(program) ?? throw new InvalidOperationException($"{program} has no '# quick: N' line");
        var expected = RunCPython(ProgramsDir, TimeoutMs, program, size);
        Assert.True(
            expected.ExitCode == 0 && !expected.TimedOut,
            $"{program}: python3 failed (exit status {expected.ExitCode})\n{expected.Combined}");

        var ours = LauncherProcess.Run(ProgramsDir, null, TimeoutMs, program, size);
        if (ours.TimedOut)
        {
            Assert.Fail($"{program} {size}: timed out after {TimeoutMs} ms\n--- output so far ---\n{ours.Combined}");
        }

        if (ours.ExitCode != 0 || ours.Stdout != expected.Stdout)
        {
            Assert.Fail($"{program} {size}: exit status {ours.ExitCode}\n"
                + ConformanceTests.Diff(expected.Stdout, ours.Stdout)
                + (ours.Stderr.Length > 0 ? "\n--- stderr ---\n" + ours.Stderr : string.Empty));
        }
    }

    /// <summary>The value of the program's <c># quick: N</c> comment line, as <c>bench/run</c> reads it.</summary>
    private static string? QuickSize(string program)
    {
        foreach (var line in File.ReadLines(Path.Combine(ProgramsDir, program)))
        {
            var m = QuickLine().Match(line.Trim());
            if (m.Success)
            {
                return m.Groups[1].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^#\s*quick:\s*(\S+)$")]
    private static partial Regex QuickLine();

    /// <summary>Runs <c>python3</c> (the oracle) as a child process.</summary>
    private static LauncherProcess.Result RunCPython(string workingDirectory, int timeoutMs, params string[] args)
    {
        var psi = new ProcessStartInfo("python3")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Process p;
        try
        {
            p = Process.Start(psi)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("python3 (the oracle for the benchmark checksums) is not on PATH", e);
        }

        using (p)
        {
            var outTask = p.StandardOutput.ReadToEndAsync();
            var errTask = p.StandardError.ReadToEndAsync();
            p.StandardInput.Close();
            bool exited = p.WaitForExit(timeoutMs);
            if (!exited)
            {
                try
                {
                    p.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }
            }

            p.WaitForExit();
            Task.WaitAll(outTask, errTask);
            return new LauncherProcess.Result(
                exited ? p.ExitCode : -1, outTask.Result.Replace("\r\n", "\n"), errTask.Result.Replace("\r\n", "\n"), !exited);
        }
    }
}
