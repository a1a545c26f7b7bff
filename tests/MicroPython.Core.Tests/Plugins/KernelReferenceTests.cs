using System.IO;
using System.Xml.Linq;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>The kernel knows nothing of ports, modules or packages: its project references none.</summary>
public sealed class KernelReferenceTests
{
    [Fact]
    public void KernelProjectReferencesNoProjectOrPackage()
    {
        var project = XDocument.Load(Path.Combine(LauncherProcess.RepoRoot, "core", "MicroPython.Core", "MicroPython.Core.csproj"));
        foreach (var element in project.Descendants())
        {
            Assert.NotEqual("ProjectReference", element.Name.LocalName);
            Assert.NotEqual("PackageReference", element.Name.LocalName);
            Assert.NotEqual("Reference", element.Name.LocalName);
        }
    }

    [Fact]
    public void KernelAssemblyReferencesOnlyTheFramework()
    {
        foreach (var reference in typeof(MicroPython.Runtime.PyRuntime).Assembly.GetReferencedAssemblies())
        {
            Assert.True(reference.Name!.StartsWith("System", System.StringComparison.Ordinal) || reference.Name == "netstandard",
                $"the kernel references {reference.Name}");
        }
    }
}
