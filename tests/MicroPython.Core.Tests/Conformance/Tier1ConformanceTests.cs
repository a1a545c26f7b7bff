using System.IO;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Conformance;

/// <summary>
/// Every conformance script again with tier 1 eager (<c>-X tier1=eager</c>): each code object that can be compiled
/// to IL is compiled on its first call or backward jump, so the scripts run (almost) entirely as compiled code and
/// must print exactly what the interpreter prints (the same .exp). Generators stay interpreted by design.
/// </summary>
public sealed class Tier1ConformanceTests
{
    private const int TimeoutMs = 60000;

    [Theory]
    [MemberData(nameof(ConformanceTests.Scripts), MemberType = typeof(ConformanceTests))]
    public void ScriptMatchesExpectedOutputCompiled(string script)
    {
        var path = Path.Combine(ConformanceTests.ConformanceRoot, script);
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".exp")).Replace("\r\n", "\n");
        var result = LauncherProcess.Run(Path.GetDirectoryName(path)!, null, TimeoutMs, "-X", "emit=bytecode", "-X", "tier1=eager", path);
        var actual = result.Combined;
        if (result.TimedOut)
        {
            Assert.Fail($"{script}: timed out after {TimeoutMs} ms\n--- output so far ---\n{actual}");
        }

        if (result.ExitCode != 0 || actual != expected)
        {
            Assert.Fail($"{script}: exit status {result.ExitCode}\n{ConformanceTests.Diff(expected, actual)}");
        }
    }
}
