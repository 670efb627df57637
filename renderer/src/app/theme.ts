import { createTheme } from '@mantine/core';

export const studioTheme = createTheme({ primaryColor: 'indigo', defaultRadius: 'sm' });
