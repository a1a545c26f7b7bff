using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MicroPython.Sdk.Firmware;
using MicroPython.Tests.Conformance;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Mpy;

/// <summary>
/// The conformance corpus through .mpy, as MicroPython's <c>run-tests.py --via-mpy</c> does it: every script (and
/// every helper module beside it) is compiled to .mpy, then run with <c>micropython -m NAME</c> in a folder that
/// holds only .mpy files, and must print exactly its committed .exp. One script in three is taken, spread over all
/// areas, which is well over 100 scripts.
/// </summary>
public sealed class MpyRoundTripTests
{
    private const int TimeoutMs = 30000;
    private static readonly object s_lock = new();
    private static readonly Dictionary<string, string> s_compiledAreas = new(StringComparer.Ordinal);

    public static IEnumerable<object[]> Corpus()
    {
        int i = 0;
        foreach (var row in ConformanceTests.Scripts())
        {
            if (i++ % 3 == 0)
            {
                yield return row;
            }
        }
    }

    [Fact]
    public void CorpusHasOverAHundredScripts()
    {
        int count = 0;
        foreach (var _ in Corpus())
        {
            count++;
        }

        Assert.True(count >= 100, $"only {count} scripts");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ScriptRunsFromMpyWithTheSameOutput(string script)
    {
        string area = Path.GetDirectoryName(script)!;
        string folder = CompiledArea(area);
        string name = Path.GetFileNameWithoutExtension(script);
        var expected = File.ReadAllText(Path.ChangeExtension(Path.Combine(ConformanceTests.ConformanceRoot, script), ".exp")).Replace("\r\n", "\n");
        var result = LauncherProcess.Run(folder, null, TimeoutMs, "-X", "emit=bytecode", "-m", name);
        if (result.TimedOut || result.ExitCode != 0 || result.Combined != expected)
        {
            Assert.Fail($"{script} via .mpy: exit status {result.ExitCode}\n{ConformanceTests.Diff(expected, result.Combined)}");
        }
    }

    [Fact]
    public void EveryConformanceScriptSurvivesWriteReadWrite()
    {
        // All scripts (not just the third that run): the reader and verifier accept every file the writer makes,
        // and reading loses nothing (writing the read module gives the same bytes).
        int count = 0;
        foreach (var row in ConformanceTests.Scripts())
        {
            string script = Path.Combine(ConformanceTests.ConformanceRoot, (string)row[0]);
            byte[] first = Freezer.CompileToMpy(File.ReadAllText(script, Encoding.UTF8), (string)row[0]);
            byte[] second = MicroPython.Mpy.MpyWriter.Write(MicroPython.Mpy.MpyReader.Read(first));
            Assert.True(first.AsSpan().SequenceEqual(second), (string)row[0]);
            count++;
        }

        Assert.True(count >= 300, $"only {count} scripts");
    }

    [Fact]
    public void MpyCrossToolWritesTheSameBytesAsTheLibrary()
    {
        string dir = Path.Combine(Path.GetTempPath(), "mpnet-mpycross-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        int checkedScripts = 0;
        int i = 0;
        foreach (var row in ConformanceTests.Scripts())
        {
            if (i++ % 40 != 0)
            {
                continue;
            }

            string script = Path.Combine(ConformanceTests.ConformanceRoot, (string)row[0]);
            string output = Path.Combine(dir, checkedScripts + ".mpy");
            var r = LauncherProcess.RunMpyCross(dir, TimeoutMs, "-o", output, "-s", "t.py", script);
            Assert.True(r.ExitCode == 0, r.Combined);
            byte[] expected = Freezer.CompileToMpy(File.ReadAllText(script, Encoding.UTF8), "t.py");
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(File.ReadAllBytes(output)));
            checkedScripts++;
        }

        Assert.True(checkedScripts >= 10);
    }

    /// <summary>Compiles every .py of a conformance area (packages included) into a temporary folder, once.</summary>
    private static string CompiledArea(string area)
    {
        lock (s_lock)
        {
            if (s_compiledAreas.TryGetValue(area, out var existing))
            {
                return existing;
            }

            string source = Path.Combine(ConformanceTests.ConformanceRoot, area);
            string target = Path.Combine(Path.GetTempPath(), "mpnet-viampy-" + Path.GetRandomFileName(), area);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(source, file);
                string destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                if (file.EndsWith(".py", StringComparison.Ordinal))
                {
                    string sourceName = relative.Replace('\\', '/');
                    File.WriteAllBytes(Path.ChangeExtension(destination, ".mpy"), Freezer.CompileToMpy(File.ReadAllText(file, Encoding.UTF8), sourceName));
                }
                else if (!file.EndsWith(".exp", StringComparison.Ordinal))
                {
                    File.Copy(file, destination); // data files a script reads
                }
            }

            Assert.True(Directory.Exists(target));
            s_compiledAreas[area] = target;
            return target;
        }
    }
}
