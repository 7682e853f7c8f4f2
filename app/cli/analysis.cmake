# cryptolens-cli commands of core/analysis: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
target_sources(cryptolens-cli PRIVATE
    cli/analyzecommand.h cli/analyzecommand.cpp
    cli/detectcommand.h cli/detectcommand.cpp
    cli/matrixcommand.h cli/matrixcommand.cpp
    cli/signalscommand.h cli/signalscommand.cpp
)
