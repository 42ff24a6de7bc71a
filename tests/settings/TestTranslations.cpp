// Holds nothing but the place the test translations' resource is linked from; see
// CMakeLists.txt for why the settings tests embed their own copy of the .qm files.
namespace dicedesk::test {
int testTranslationsAnchor = 0;
} // namespace dicedesk::test
