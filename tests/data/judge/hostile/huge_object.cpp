// Compile bomb: a 1.5 GB initialised array must go into the object file. CE by the file-size limit.
char blob[1500000000] = {7};
int main() { return blob[1499999999]; }
