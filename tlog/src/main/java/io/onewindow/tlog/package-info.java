package io.onewindow.tlog;
