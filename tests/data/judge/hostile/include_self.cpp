// Compile bomb: includes itself twice per level (about 2^200 expansions) and floods diagnostics.
// CE, ended by the compile time or the compiler-output limit.
#ifndef ONCE_MARK
#define ONCE_MARK
int main() {}
#endif
#include __FILE__
#include __FILE__
